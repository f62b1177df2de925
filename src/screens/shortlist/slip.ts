// The signposting slip as plain text, for "Copy as text": what a GP or outreach worker hands
// over, under a neutral heading. Pure: no DOM.
import type { Service, TaxonomyLabels } from '../../directory/types';
import type { Translate } from '../../i18n/use-t';
import { REFERRAL_KEYS } from '../../directory/referral';
import { phoneLineText } from '../../directory/format';


/** The hours of a service in one line of words. */
export function hoursLine(service: Service, t: Translate): string {
  if (service.open_24_7) return t('hours.always');
  // Times are isolated left to right, so "09:00–17:00" never reads "17:00–09:00" in Arabic script.
  return service.schedules
    .map((schedule) => `${schedule.byday.split(',').map((day) => t(`days.${day}`)).join(', ')} \u2066${schedule.opens_at}–${schedule.closes_at}\u2069`)
    .join('; ');
}

/** The slip for the chosen services, as text. */
export function slipText(services: Service[], labels: TaxonomyLabels, t: Translate, checkedOn: (isoDate: string) => string): string {
  const blocks = services.map((service) =>
    [
      service.name,
      service.needs.map((code) => labels.needs[code]?.label ?? code).join(', '),
      ...service.phones.map((phone) => phoneLineText(phone, t)),
      hoursLine(service, t),
      t(REFERRAL_KEYS[service.access]),
      service.url,
      t('service.checked', { date: checkedOn(service.last_verified) }),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [t('shortlist.slipTitle'), ...blocks].join('\n\n');
}
