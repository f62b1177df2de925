import { LOCALES } from '../../i18n/i18n';
import { useUi } from '../../ui-context';

/** Props of AppNav. */
export interface AppNavProps {
  shortlistCount: number;
  onLanguage: (code: string) => void;
  onSafety: () => void;
  onShortlist: () => void;
}

/**
 * On every screen: the language (each in its own name, machine translations said plainly), the
 * shortlist once it has something, and "Using this safely". Switching language keeps the screen.
 */
export function AppNav({ shortlistCount, onLanguage, onSafety, onShortlist }: AppNavProps) {
  const { t, language } = useUi();
  const option = (locale: (typeof LOCALES)[number]) => (
    <option key={locale.code} value={locale.code} lang={locale.code} dir={locale.dir}>
      {locale.name}
    </option>
  );
  const reviewed = LOCALES.filter((locale) => locale.reviewed);
  const machine = LOCALES.filter((locale) => !locale.reviewed);
  return (
    <nav class="app-nav" aria-label={t('a11y.languagePicker')}>
      <label class="language-picker">
        <svg class="globe" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8" />
          <path d="M2.5 12h19M12 2.5c2.6 2.8 3.9 6 3.9 9.5s-1.3 6.7-3.9 9.5c-2.6-2.8-3.9-6-3.9-9.5s1.3-6.7 3.9-9.5z" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>
        <span class="visually-hidden">{t('language.label')}</span>
        <select value={language} onChange={(event) => onLanguage(event.currentTarget.value)}>
          {reviewed.map(option)}
          {/* Grouped under one label, so the chosen value shows whole: just the language's own name. */}
          <optgroup label={t('language.notReviewed')}>{machine.map(option)}</optgroup>
        </select>
      </label>
      {shortlistCount > 0 && (
        <button type="button" class="button-link" onClick={onShortlist}>
          {t('shortlist.open', { count: shortlistCount })}
        </button>
      )}
      <button type="button" class="button-link" onClick={onSafety}>
        {t('nav.safety')}
      </button>
    </nav>
  );
}
