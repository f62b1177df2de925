import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { ServiceCard } from '../../components/service-card/service-card';
import { useT } from '../../i18n/use-t';
import type { Service } from '../../directory/types';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import { openStatus } from '../../hours/open-status';

/** Props of ResultsScreen. */
export interface ResultsScreenProps {
  list: 'help-now' | 'all';
  services: Service[];
  language: string;
  now: Date;
  focusOnMount: boolean;
  onBack: () => void;
  onOpen: (id: string) => void;
}

/** A list of services; "help right now" shows the lines open day and night. */
export function ResultsScreen({ list, services, language, now, focusOnMount, onBack, onOpen }: ResultsScreenProps) {
  const t = useT();
  const shown = list === 'help-now' ? services.filter((service) => service.open_24_7) : services;
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t(list === 'help-now' ? 'results.helpNowTitle' : 'results.allTitle')}</ScreenHeading>
      <p role="status">{t('results.count', { count: shown.length })}</p>
      <ul class="card-list" aria-label={t('a11y.servicesList')}>
        {shown.map((service) => (
          <ServiceCard key={service.id} service={service} status={openStatus(service, now, BANK_HOLIDAYS)} language={language} onOpen={onOpen} />
        ))}
      </ul>
    </>
  );
}
