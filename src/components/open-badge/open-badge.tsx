import { useT } from '../../i18n/use-t';
import type { OpenStatus } from '../../hours/open-status';

/** Props of OpenBadge. */
export interface OpenBadgeProps {
  status: OpenStatus;
  language: string;
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

/** Open now / closed with the next opening, worked out on the device; nothing when hours are not published. */
export function OpenBadge({ status, language }: OpenBadgeProps) {
  const t = useT();
  switch (status.state) {
    case 'unknown':
      return null;
    case 'always':
      return <p class="badge badge-open">{t('hours.always')}</p>;
    case 'open':
      return <p class="badge badge-open">{t('hours.openUntil', { time: formatTime(status.closes, language) })}</p>;
    case 'closed': {
      const time = formatTime(status.opens.time, language);
      const text =
        status.opens.inDays === 0
          ? t('hours.opensToday', { time })
          : status.opens.inDays === 1
            ? t('hours.opensTomorrow', { time })
            : t('hours.opensOn', { time, day: t(`days.${status.opens.day}`) });
      return <p class="badge badge-closed">{text}</p>;
    }
  }
}
