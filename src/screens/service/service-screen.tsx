import { BackButton } from '../../components/back-button/back-button';
import { ContactActions } from '../../components/contact-actions/contact-actions';
import { EnglishText } from '../../components/english-text/english-text';
import { OpenBadge, openBadgeText } from '../../components/open-badge/open-badge';
import { ReadAloud } from '../../components/read-aloud/read-aloud';
import { ShortlistToggle } from '../../components/shortlist-toggle/shortlist-toggle';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { formatMonthYear, phoneActionKey, scheduleDays, sourceHost } from '../../directory/format';
import type { Service, TaxonomyLabels } from '../../directory/types';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import { londonTime } from '../../hours/london-time';
import { openStatus } from '../../hours/open-status';
import { languageName } from '../../i18n/language-names';
import { useT } from '../../i18n/use-t';
import { REFERRAL_KEYS } from '../../directory/referral';

/** Props of ServiceScreen. */
export interface ServiceScreenProps {
  service: Service | undefined;
  labels: TaxonomyLabels;
  language: string;
  now: Date;
  focusOnMount: boolean;
  shortlisted: boolean;
  onShortlist: (id: string) => void;
  onBack: () => void;
}


/** Everything a survivor or a GP needs about one service, contact actions first. */
export function ServiceScreen({ service, labels, language, now, focusOnMount, shortlisted, onShortlist, onBack }: ServiceScreenProps) {
  const t = useT();
  if (!service) {
    return (
      <>
        <BackButton onBack={onBack} />
        <ScreenHeading focusOnMount={focusOnMount}>{t('service.notFound')}</ScreenHeading>
      </>
    );
  }
  const pastReview = service.review_by < londonTime(now).date;
  const audiences = service.audiences.map((code) => labels.audiences[code] ?? code);
  const status = openStatus(service, now, BANK_HOLIDAYS);
  const needs = service.needs.map((code) => labels.needs[code]?.label ?? code);
  // Read aloud in the UI language: names, needs, hours, numbers and referral route, which are
  // all translated; the service's own English text is left out unless the UI is English.
  const spoken = [
    service.name,
    `${t('service.whatTheyDo')}: ${needs.join(', ')}.`,
    openBadgeText(status, language, t),
    ...service.phones.map((phone) => t(phoneActionKey(phone), { number: phone.number })),
    t(REFERRAL_KEYS[service.access]),
    language === 'en' ? service.description : '',
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{service.name}</ScreenHeading>
      {service.organization.name !== service.name && <p class="card-org">{service.organization.name}</p>}
      <OpenBadge status={status} language={language} />
      <p class="card-actions">
        <ShortlistToggle id={service.id} name={service.name} listed={shortlisted} onToggle={onShortlist} />
        <ReadAloud text={spoken} language={language} />
      </p>
      <h2>{t('service.contact')}</h2>
      <ContactActions service={service} language={language} />
      <dl class="facts">
        <dt>{t('service.whatTheyDo')}</dt>
        <dd>
          <p>
            <EnglishText text={service.description} language={language} />
          </p>
          <ul class="tag-list">
            {needs.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('service.whoFor')}</dt>
        <dd>
          {audiences.length > 0 && <p>{t('service.audiences', { list: audiences.join(', ') })}</p>}
          <p>
            <EnglishText text={service.eligibility_description} language={language} />
          </p>
        </dd>
        <dt>{t('service.hours')}</dt>
        <dd>
          {service.open_24_7 && <p>{t('hours.always')}</p>}
          {service.schedules.length > 0 && (
            <ul class="plain-list">
              {service.schedules.map((schedule) => (
                <li key={`${schedule.channel ?? ''}${schedule.byday}${schedule.opens_at}`}>
                  {schedule.channel && `${t(`channels.${schedule.channel}`)}: `}
                  {scheduleDays(schedule)
                    .map((day) => t(`days.${day}`))
                    .join(', ')}
                  : {schedule.opens_at}–{schedule.closes_at}
                  {schedule.description && (
                    <>
                      {' — '}
                      <EnglishText text={schedule.description} language={language} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {service.closed_on_bank_holidays && <p>{t('hours.closedBankHolidays')}</p>}
        </dd>
        <dt>{t('service.referral')}</dt>
        <dd>
          <p>{t(REFERRAL_KEYS[service.access])}</p>
          {service.application_process && (
            <p>
              <EnglishText text={service.application_process} language={language} />
            </p>
          )}
        </dd>
        <dt>{t('service.languages')}</dt>
        <dd>{service.languages.map((code) => languageName(code, language)).join(', ')}</dd>
        {service.accessibility && (
          <>
            <dt>{t('service.accessibility')}</dt>
            <dd>
              <EnglishText text={service.accessibility} language={language} />
            </dd>
          </>
        )}
        {service.safety_notes.length > 0 && (
          <>
            <dt>{t('service.safety')}</dt>
            <dd>
              <ul class="plain-list">
                {service.safety_notes.map((note) => (
                  <li key={note}>
                    <EnglishText text={note} language={language} />
                  </li>
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
      {pastReview && (
        <p class="notice" role="note">
          {t('service.mayBeOutOfDate')}
        </p>
      )}
    </>
  );
}
