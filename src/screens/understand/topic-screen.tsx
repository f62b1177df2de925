import { useMemo } from 'preact/hooks';
import { BackButton } from '../../components/back-button/back-button';
import { EnglishText } from '../../components/english-text/english-text';
import { SourceLink } from '../../components/source-link/source-link';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { ServiceCard } from '../../components/service-card/service-card';
import type { Topic } from '../../directory/types';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import type { DirectorySearch } from '../../search/search';
import { EMPTY_SEARCH } from '../../search-state';
import { useTopicPages } from '../../understanding/pages';
import { useUi } from '../../ui-context';
import { MachineTranslated } from './understand-screen';

/** Props of TopicScreen. */
export interface TopicScreenProps {
  topic: Topic | undefined;
  engine: DirectorySearch;
  now: Date;
  focusOnMount: boolean;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** Every service for this, on the results screen. */
  onServices: (needs: string[]) => void;
}

/** How many services the page lists itself; the rest are one tap away. */
const SERVICES_SHOWN = 3;

/** One form of abuse in plain words: what it is, the signs, that it is not your fault, and who can help. */
export function TopicScreen({ topic, engine, now, focusOnMount, onBack, onOpen, onServices }: TopicScreenProps) {
  const { t, language } = useUi();
  const pages = useTopicPages(language);
  const page = topic ? pages?.topics[topic.code] : undefined;
  const services = useMemo(
    () => (topic ? engine.search({ ...EMPTY_SEARCH, needs: topic.needs, limit: SERVICES_SHOWN }, { language, now, bankHolidays: BANK_HOLIDAYS }).results : []),
    [engine, topic, language, now],
  );
  if (!topic || !page) {
    return (
      <>
        <BackButton onBack={onBack} />
        {pages && !page ? <ScreenHeading focusOnMount={focusOnMount}>{t('service.notFound')}</ScreenHeading> : <p role="status">{t('results.loading')}</p>}
      </>
    );
  }
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{page.title}</ScreenHeading>
      {pages && <MachineTranslated translation={pages.translation} />}
      {page.what.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h2>{t('understand.signs')}</h2>
      <ul class="signs">
        {page.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p class="not-your-fault">{page.notYourFault}</p>
      <h2>{t('understand.whoCanHelp')}</h2>
      <ul class="card-list">
        {services.map(({ service, status, callNow }) => (
          <ServiceCard key={service.id} service={service} status={status} callNow={callNow} onOpen={onOpen} />
        ))}
      </ul>
      <p>
        <button type="button" class="button button-secondary" onClick={() => onServices(topic.needs)}>
          {t('understand.allServices')}
        </button>
      </p>
      <h2>{t('understand.basedOn')}</h2>
      <ul class="plain-list sources">
        {topic.sources.map((source) => (
          <SourceLink key={source.publisher} url={source.url} pageDate={source.page_date}>
            <EnglishText text={source.publisher} />
          </SourceLink>
        ))}
      </ul>
    </>
  );
}
