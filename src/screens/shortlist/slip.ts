// The signposting slip as plain text, for "Copy as text": what a GP or outreach worker hands
// over, under a neutral heading. Pure: no DOM.
import type { DialablePhone, Service, TaxonomyLabels } from '../../directory/types';
import type { Translate } from '../../i18n/translate';
import { accessLabelKey, needLabel, phoneLabelKey } from '../../directory/code-labels';
import { ltrText } from '../../i18n/bidi';

/**
 * What a service helps with, in words safe on a slip someone else may find: the practical needs
 * ("A safe place to stay", "Legal advice"), never the form of abuse.
 */
export function neutralNeeds(service: Service, labels: TaxonomyLabels, t: Translate): string {
  const practical = service.needs.filter((code) => labels.needs[code]?.family === 'need' && code !== 'help-now').map((code) => needLabel(labels, code));
  return practical.length > 0 ? practical.join(', ') : t('shortlist.support');
}

/** A number's label on the slip: "Phone", "Out of hours", "Text", "Textphone (minicom)". */
export function slipPhoneLabel(phone: DialablePhone, t: Translate): string {
  return t(phoneLabelKey(phone) ?? 'shortlist.phone');
}

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
      neutralNeeds(service, labels, t),
      ...service.phones.map((phone) => `${slipPhoneLabel(phone, t)}: ${ltrText(phone.number)}`),
      hoursLine(service, t),
      t(accessLabelKey(service.access)),
      service.url,
      t('service.checked', { date: checkedOn(service.last_verified) }),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [t('shortlist.slipTitle'), ...blocks].join('\n\n');
}
