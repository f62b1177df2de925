import { useUi } from '../../ui-context';

/** Props of EnglishText. */
export interface EnglishTextProps {
  text: string;
}

/**
 * A service's own words, published in English and not translated: marked lang="en" so screen
 * readers pronounce it as English, and tagged visibly so nobody mistakes it for a blank.
 */
export function EnglishText({ text }: EnglishTextProps) {
  const { t, language } = useUi();
  if (language === 'en') return <>{text}</>;
  return (
    <>
      <span lang="en" dir="ltr">
        {text}
      </span>{' '}
      <span class="tag-english">({t('language.inEnglish')})</span>
    </>
  );
}
