import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import type { Topic } from '../../directory/types';
import { useT } from '../../ui-context';
import { useTopicPages } from '../../understanding/pages';
import { useUi } from '../../ui-context';

/** Props of UnderstandScreen. */
export interface UnderstandScreenProps {
  topics: Topic[];
  focusOnMount: boolean;
  onBack: () => void;
  onOpen: (code: string) => void;
}

/** Says when the pages shown are a machine translation, as the language menu does. */
export function MachineTranslated({ translation }: { translation: string }) {
  const t = useT();
  return translation === 'machine' ? <p class="hint">{t('understand.machine')}</p> : null;
}

/** "Is this happening to me?": every form of abuse with its own short page, by name and one line each. */
export function UnderstandScreen({ topics, focusOnMount, onBack, onOpen }: UnderstandScreenProps) {
  const { t, language } = useUi();
  const pages = useTopicPages(language);
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('understand.title')}</ScreenHeading>
      <p>{t('understand.intro')}</p>
      {!pages && <p role="status">{t('results.loading')}</p>}
      {pages && (
        <>
          <MachineTranslated translation={pages.translation} />
          <ul class="topic-list">
            {topics.map(({ code }) => {
              const page = pages.topics[code];
              return (
                page && (
                  <li key={code}>
                    <button type="button" class="button-link topic-link" onClick={() => onOpen(code)}>
                      {page.title}
                    </button>
                    <p>{page.summary}</p>
                  </li>
                )
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
