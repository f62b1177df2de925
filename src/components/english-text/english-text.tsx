import { useT } from '../../i18n/use-t';

/** Props of EnglishText. */
export interface EnglishTextProps {
  text: string;
  /** The UI language: outside English the text is tagged as English. */
  language: string;
}

/**
 * A service's own words, published in English and not translated: marked lang="en" so screen
 * readers pronounce it as English, and tagged visibly so nobody mistakes it for a blank.
 */
export function EnglishText({ text, language }: EnglishTextProps) {
  const t = useT();
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
