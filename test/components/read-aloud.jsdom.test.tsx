// Read aloud uses only voices on the device (network voices would send the text away), and
// only when one exists for the UI language.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../src/components/read-aloud/read-aloud.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { UiContext } from '../../src/ui-context.ts';

const t = initI18n('en');
let voices: Array<{ lang: string; localService: boolean; name: string }> = [];
const speak = vi.fn();

beforeEach(() => {
  speak.mockReset();
  Object.assign(window, {
    speechSynthesis: { getVoices: () => voices, speak, cancel: vi.fn(), addEventListener: vi.fn(), removeEventListener: vi.fn() },
    SpeechSynthesisUtterance: class {
      voice: unknown;
      lang = '';
      onend: unknown;
      onerror: unknown;
      constructor(readonly text: string) {}
    },
  });
});

afterEach(cleanup);

function show(language: string) {
  render(
    <UiContext.Provider value={{ t, language, labels: undefined }}>
      <ReadAloud text="Samaritans. Call 116 123." />
    </UiContext.Provider>,
  );
}

describe('ReadAloud', () => {
  it('reads with a local voice of the UI language', () => {
    voices = [{ lang: 'en-GB', localService: true, name: 'Local English' }];
    show('en');
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speak).toHaveBeenCalledTimes(1);
    expect(speak.mock.calls[0]?.[0]).toMatchObject({ text: 'Samaritans. Call 116 123.', lang: 'en-GB' });
    expect(screen.getByRole('button', { name: 'Stop reading' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('is not offered when the only voice for the language is a network voice', () => {
    voices = [{ lang: 'en-GB', localService: false, name: 'Online English' }];
    show('en');
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });

  it('is not offered when there is no voice for the language at all', () => {
    voices = [{ lang: 'en-GB', localService: true, name: 'Local English' }];
    show('ti');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
