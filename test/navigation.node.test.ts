import { describe, expect, it } from 'vitest';
import { HOME, currentScreen, popScreen, pushScreen } from '../src/navigation.ts';

describe('in-memory navigation', () => {
  it('pushes and pops screens without touching anything outside memory', () => {
    const results = pushScreen([HOME], { name: 'results' });
    const service = pushScreen(results, { name: 'service', id: 'samaritans' });
    expect(currentScreen(service)).toEqual({ name: 'service', id: 'samaritans' });
    expect(currentScreen(popScreen(service))).toEqual({ name: 'results' });
    expect(popScreen(popScreen(service))).toEqual([HOME]);
  });

  it('stays on home when going back from home', () => {
    expect(popScreen([HOME])).toEqual([HOME]);
    expect(currentScreen([])).toEqual(HOME);
  });
});
