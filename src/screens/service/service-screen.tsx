import { BackButton } from '../../components/back-button/back-button';
import { ContactActions } from '../../components/contact-actions/contact-actions';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { formatMonthYear, scheduleDays, sourceHost } from '../../directory/format';
import { useT } from '../../i18n/use-t';
import type { Service } from '../../directory/types';

/** Props of ServiceScreen. */
export interface ServiceScreenProps {
  service: Service | undefined;
  language: string;
  focusOnMount: boolean;
  onBack: () => void;
}

const REFERRAL_KEYS = {
  'self-referral': 'service.selfReferral',
  'professional-referral': 'service.professionalReferral',
  both: 'service.bothReferral',
} as const;

/** Everything about one service, contact actions first. */
export function ServiceScreen({ service, language, focusOnMount, onBack }: ServiceScreenProps) {
  const t = useT();
  if (!service) {
    return (
      <>
        <BackButton onBack={onBack} />
        <ScreenHeading focusOnMount={focusOnMount}>{t('service.notFound')}</ScreenHeading>
      </>
    );
  }
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{service.name}</ScreenHeading>
      {service.organization.name !== service.name && <p class="card-org">{service.organization.name}</p>}
      <h2>{t('service.contact')}</h2>
      <ContactActions service={service} />
      <dl class="facts">
        <dt>{t('service.whatTheyDo')}</dt>
        <dd>{service.description}</dd>
        <dt>{t('service.whoFor')}</dt>
        <dd>{service.eligibility_description}</dd>
        <dt>{t('service.hours')}</dt>
        <dd>
          {service.open_24_7 && <p>{t('service.open247')}</p>}
          {service.schedules.length > 0 && (
            <ul class="plain-list">
              {service.schedules.map((schedule) => (
                <li key={`${schedule.channel ?? ''}${schedule.byday}${schedule.opens_at}`}>
                  {schedule.channel && `${t(`channels.${schedule.channel}`)}: `}
                  {scheduleDays(schedule)
                    .map((day) => t(`days.${day}`))
                    .join(', ')}
                  : {schedule.opens_at}–{schedule.closes_at}
                  {schedule.description && ` (${schedule.description})`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('service.referral')}</dt>
        <dd>{t(REFERRAL_KEYS[service.access])}</dd>
        {service.safety_notes.length > 0 && (
          <>
            <dt>{t('service.safety')}</dt>
            <dd>
              <ul class="plain-list">
                {service.safety_notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p class="provenance">
        {t('service.checked', { date: formatMonthYear(service.last_verified, language) })}.{' '}
        <a href={service.source_url} target="_blank" rel="noopener noreferrer">
          {t('service.source', { host: sourceHost(service.source_url) })}
        </a>
      </p>
    </>
  );
}
