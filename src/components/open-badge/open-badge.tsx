import type { Translate } from '../../i18n/translate';
import { useUi } from '../../ui-context';
import type { OpenStatus } from '../../hours/open-status';

/** Props of OpenBadge. */
export interface OpenBadgeProps {
  status: OpenStatus;
}

// Creating an Intl formatter costs far more than using one: one per language, reused.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "09:30" in the UI language's own way of writing times. */
function formatTime(time: string, language: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(language, format);
  }
  return format.format(Date.UTC(2000, 0, 1, hours ?? 0, minutes ?? 0));
}

/** What the badge says, in words (also read aloud); empty when hours are not published. */
export function openBadgeText(status: OpenStatus, language: string, t: Translate): string {
  switch (status.state) {
    case 'unknown':
      return '';
    case 'always':
      return t('hours.always');
    case 'open':
      return t('hours.openUntil', { time: formatTime(status.closes, language) });
    case 'closed': {
      const time = formatTime(status.opens.time, language);
      if (status.opens.inDays === 0) return t('hours.opensToday', { time });
      if (status.opens.inDays === 1) return t('hours.opensTomorrow', { time });
      return t('hours.opensOn', { time, day: t(`days.${status.opens.day}`) });
    }
  }
}

/** Open now / closed with the next opening, worked out on the device; nothing when hours are not published. */
export function OpenBadge({ status }: OpenBadgeProps) {
  const { t, language } = useUi();
  const text = openBadgeText(status, language, t);
  if (!text) return null;
  const open = status.state === 'always' || status.state === 'open';
  return <p class={`badge ${open ? 'badge-open' : 'badge-closed'}`}>{text}</p>;
}
