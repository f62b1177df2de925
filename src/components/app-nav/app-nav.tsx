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
  return (
    <nav class="app-nav" aria-label={t('a11y.languagePicker')}>
      <label class="language-picker">
        <span>{t('language.label')}</span>
        <select value={language} onChange={(event) => onLanguage(event.currentTarget.value)}>
          {LOCALES.map((locale) => (
            <option key={locale.code} value={locale.code} lang={locale.code} dir={locale.dir}>
              {locale.reviewed ? locale.name : `${locale.name} (${t('language.notReviewed')})`}
            </option>
          ))}
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
