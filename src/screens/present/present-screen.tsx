import { useEffect, useRef, useState } from 'preact/hooks';
import { openBadgeText } from '../../components/open-badge/open-badge';
import type { Service, TaxonomyLabels } from '../../directory/types';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import { serviceStatusAt } from '../../hours/line-status';
import { londonTime } from '../../hours/london-time';
import { LOCALES, directionOf } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translate';
import { UiContext, useUi } from '../../ui-context';
import { accessLabelKey, needLabel } from '../../directory/code-labels';
import { PhoneLink } from '../../components/phone-link/phone-link';

/** Props of PresentScreen. */
export interface PresentScreenProps {
  services: Service[];
  /** Taxonomy labels in every language, so a service can be shown in the other person's. */
  labelsByLanguage: Record<string, TaxonomyLabels>;
  now: Date;
  loadLanguage: (code: string) => Promise<Translate>;
  onClose: () => void;
}

const SWIPE_DISTANCE = 50;

/**
 * Present mode for outreach: one service per screen in large, high-contrast type, moved through
 * by swipe, arrow keys or buttons, and shown in the other person's language without changing
 * the worker's own.
 */
export function PresentScreen({ services, labelsByLanguage, now, loadLanguage, onClose }: PresentScreenProps) {
  const { t, language: uiLanguage } = useUi();
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState({ language: uiLanguage, t });
  const swipeStart = useRef<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const service = services[index];
  const rtl = directionOf(uiLanguage) === 'rtl';
  const go = (step: number) => setIndex((current) => Math.min(services.length - 1, Math.max(0, current + step)));

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLSelectElement) return;
      // "Next" is the way the text runs: right in English, left in Arabic.
      if (event.key === 'ArrowRight') go(rtl ? -1 : 1);
      else if (event.key === 'ArrowLeft') go(rtl ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rtl, services.length]);

  if (!service) return null;
  const shownT = shown.t;
  const labels = labelsByLanguage[shown.language] ?? labelsByLanguage['en'];
  const status = openBadgeText(serviceStatusAt(service, londonTime(now), BANK_HOLIDAYS), shown.language, shownT);
  return (
    <section
      class="present"
      aria-roledescription="slide"
      onPointerDown={(event) => (swipeStart.current = event.clientX)}
      onPointerUp={(event) => {
        const start = swipeStart.current;
        swipeStart.current = null;
        if (start === null || Math.abs(event.clientX - start) < SWIPE_DISTANCE) return;
        const towardsStart = event.clientX < start;
        go(towardsStart !== rtl ? 1 : -1);
      }}
    >
      <div class="present-controls">
        <button type="button" class="button button-secondary" onClick={onClose}>
          {t('present.close')}
        </button>
        <label class="language-picker">
          <span>{t('present.language')}</span>
          <select
            value={shown.language}
            onChange={(event) => {
              const code = event.currentTarget.value;
              loadLanguage(code).then(
                (translate) => setShown({ language: code, t: translate }),
                () => undefined,
              );
            }}
          >
            {LOCALES.map((locale) => (
              <option key={locale.code} value={locale.code} lang={locale.code}>
                {locale.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <UiContext.Provider value={{ t: shownT, language: shown.language, labels }}>
      <div class="present-card" lang={shown.language} dir={directionOf(shown.language)}>
        <h1 ref={heading} tabIndex={-1}>
          {service.name}
        </h1>
        <p>{service.needs.map((code) => needLabel(labels, code)).join(', ')}</p>
        {service.phones.map((phone) => (
          <p key={phone.number + phone.type} class="present-phone">
            <PhoneLink phone={phone} />
          </p>
        ))}
        {status && <p>{status}</p>}
        <p>{shownT(accessLabelKey(service.access))}</p>
      </div>
      </UiContext.Provider>
      <div class="present-controls">
        <button type="button" class="button" disabled={index === 0} onClick={() => go(-1)}>
          {t('present.previous')}
        </button>
        <p aria-live="polite">{t('present.position', { current: index + 1, total: services.length })}</p>
        <button type="button" class="button" disabled={index === services.length - 1} onClick={() => go(1)}>
          {t('present.next')}
        </button>
      </div>
    </section>
  );
}
