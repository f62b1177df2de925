import { BackButton } from '../../components/back-button/back-button';
import { ContactActions } from '../../components/contact-actions/contact-actions';
import { EnglishText } from '../../components/english-text/english-text';
import { OpenBadge, openBadgeText } from '../../components/open-badge/open-badge';
import { ReadAloud } from '../../components/read-aloud/read-aloud';
import { ShortlistToggle } from '../../components/shortlist-toggle/shortlist-toggle';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { Ltr } from '../../components/ltr/ltr';
import { SourceLink } from '../../components/source-link/source-link';
import { formatMonthYear, phoneLineText, scheduleDays, sourceHost, sourcesAreOld } from '../../directory/format';
import type { Schedule, Service } from '../../directory/types';
import { useLabels, useUi } from '../../ui-context';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import { lineToCall, serviceStatusAt } from '../../hours/line-status';
import { londonTime } from '../../hours/london-time';
import type { Translate } from '../../i18n/translate';
import { languageName } from '../../i18n/language-names';
import { accessLabelKey, checkedKey, needLabel, phoneLabelKey } from '../../directory/code-labels';

/** Props of ServiceScreen. */
export interface ServiceScreenProps {
  service: Service | undefined;
  now: Date;
  focusOnMount: boolean;
  shortlisted: boolean;
  onShortlist: (id: string) => void;
  onBack: () => void;
  /** "Report a problem" with this service's details. */
  onReport: (id: string) => void;
}


/** Weekly hours as lines of days and times, the times kept left to right. */
function ScheduleList({ schedules, t }: { schedules: ReadonlyArray<Omit<Schedule, 'channel'> & { channel?: Schedule['channel'] }>; t: Translate }) {
  return (
    <ul class="plain-list">
      {schedules.map((schedule) => (
        <li key={`${schedule.channel ?? ''}${schedule.byday}${schedule.opens_at}`}>
          {schedule.channel && `${t(`channels.${schedule.channel}`)}: `}
          {scheduleDays(schedule)
            .map((day) => t(`days.${day}`))
            .join(', ')}
          : <Ltr whole>{`${schedule.opens_at}–${schedule.closes_at}`}</Ltr>
          {schedule.description && (
            <>
              {' — '}
              <EnglishText text={schedule.description} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Published age limits in plain words. */
function AgeLimits({ minimum, maximum, t }: { minimum: number | undefined; maximum: number | undefined; t: Translate }) {
  if (minimum === undefined && maximum === undefined) return null;
  if (minimum !== undefined && maximum !== undefined) return <p>{t('service.ageRange', { min: minimum, max: maximum })}</p>;
  return <p>{minimum !== undefined ? t('service.ageFrom', { min: minimum }) : t('service.ageUpTo', { max: maximum ?? 0 })}</p>;
}

/** Everything a survivor or a GP needs about one service, contact actions first. */
export function ServiceScreen({ service, now, focusOnMount, shortlisted, onShortlist, onBack, onReport }: ServiceScreenProps) {
  const { t, language } = useUi();
  const labels = useLabels();
  if (!service) {
    return (
      <>
        <BackButton onBack={onBack} />
        <ScreenHeading focusOnMount={focusOnMount}>{t('service.notFound')}</ScreenHeading>
      </>
    );
  }
  const here = londonTime(now);
  const pastReview = service.review_by < here.date || sourcesAreOld(service.sources, here.date);
  const audiences = service.audiences.map((code) => labels.audiences[code] ?? code);
  const limitedTo = (service.limited_to ?? []).map((code) => labels.audiences[code] ?? code);
  const status = serviceStatusAt(service, here, BANK_HOLIDAYS);
  const callNow = lineToCall(service, here, BANK_HOLIDAYS)?.phone;
  const primary = service.sources[0];
  const linesWithHours = service.phones.filter((phone) => phone.open_24_7 || phone.schedules?.length);
  const needs = service.needs.map((code) => needLabel(labels, code));
  // Read aloud in the UI language: names, needs, hours, numbers and referral route, which are
  // all translated; the service's own English text is left out unless the UI is English.
  const spoken = [
    service.name,
    `${t('service.whatTheyDo')}: ${needs.join(', ')}.`,
    openBadgeText(status, language, t),
    ...service.phones.map((phone) => phoneLineText(phone, t)),
    t(accessLabelKey(service.access)),
    language === 'en' ? service.description : '',
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{service.name}</ScreenHeading>
      {service.organization.name !== service.name && <p class="card-org">{service.organization.name}</p>}
      <OpenBadge status={status} />
      <p class="card-actions">
        <ShortlistToggle id={service.id} name={service.name} listed={shortlisted} onToggle={onShortlist} />
        <ReadAloud text={spoken} />
      </p>
      <h2>{t('service.contact')}</h2>
      <ContactActions service={service} callNow={callNow} />
      <dl class="facts">
        <dt>{t('service.whatTheyDo')}</dt>
        <dd>
          <p>
            <EnglishText text={service.description} />
          </p>
          <ul class="tag-list">
            {needs.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('service.whoFor')}</dt>
        <dd>
          {limitedTo.length > 0 && <p>{t('service.limitedTo', { list: limitedTo.join(', ') })}</p>}
          {audiences.length > 0 && <p>{t('service.audiences', { list: audiences.join(', ') })}</p>}
          <AgeLimits minimum={service.minimum_age} maximum={service.maximum_age} t={t} />
          <p>
            <EnglishText text={service.eligibility_description} />
          </p>
        </dd>
        <dt>{t('service.hours')}</dt>
        <dd>
          {service.open_24_7 && <p>{t('hours.always')}</p>}
          {service.schedules.length > 0 && <ScheduleList schedules={service.schedules} t={t} />}
          {linesWithHours.map((phone) => (
            <div key={phone.dial}>
              <p>
                <Ltr whole>{phone.number}</Ltr>
                {phoneLabelKey(phone) && ` (${t(phoneLabelKey(phone) ?? '')})`}:
              </p>
              {phone.open_24_7 ? <p>{t('hours.always')}</p> : <ScheduleList schedules={phone.schedules ?? []} t={t} />}
            </div>
          ))}
          {service.phones
            .filter((phone) => phone.role === 'out-of-hours' && !phone.open_24_7 && !phone.schedules?.length)
            .map((phone) => (
              <p key={phone.dial}>
                {t('hours.outOfHoursLine')} <Ltr whole>{phone.number}</Ltr>
              </p>
            ))}
          {!service.open_24_7 && service.schedules.length === 0 && linesWithHours.length === 0 && <p>{t('service.hoursNotPublished')}</p>}
          {service.closed_on_bank_holidays && <p>{t('hours.closedBankHolidays')}</p>}
        </dd>
        <dt>{t('service.referral')}</dt>
        <dd>
          <p>{t(accessLabelKey(service.access))}</p>
          {service.application_process && (
            <p>
              <EnglishText text={service.application_process} />
            </p>
          )}
        </dd>
        <dt>{t('service.languages')}</dt>
        <dd>
          <p>{service.languages.map((code) => languageName(code, language)).join(', ')}</p>
          {service.interpretation_services && (
            <p>
              {t('service.interpreters')}: <EnglishText text={service.interpretation_services} />
            </p>
          )}
        </dd>
        {service.accessibility && (
          <>
            <dt>{t('service.accessibility')}</dt>
            <dd>
              <EnglishText text={service.accessibility} />
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
                    <EnglishText text={note} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div class="provenance">
      <p>
        {t(checkedKey(primary?.publisher ?? 'organisation'), { date: formatMonthYear(service.last_verified, language) })};{' '}
        {primary?.page_date ? t('service.pageUpdated', { year: primary.page_date.slice(0, 4) }) : t('service.pageUndated')}.
      </p>
      <ul class="plain-list">
        {service.sources.map((source) => (
          <SourceLink key={source.url} url={source.url} pageDate={source.page_date}>
            {t('service.source', { host: sourceHost(source.url) })}
          </SourceLink>
        ))}
      </ul>
      </div>
      {pastReview && (
        <p class="notice" role="note">
          {t('service.mayBeOutOfDate')}
        </p>
      )}
      <p>
        <button type="button" class="button-link" onClick={() => onReport(service.id)}>
          {t('report.open')}
        </button>
      </p>
    </>
  );
}
