import { useState } from 'preact/hooks';
import { BackButton } from '../../components/back-button/back-button';
import { QrCode } from '../../components/qr-code/qr-code';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { Ltr } from '../../components/ltr/ltr';
import { formatMonthYear, phoneHref } from '../../directory/format';
import { accessLabelKey } from '../../directory/code-labels';
import type { Service } from '../../directory/types';
import { ltrText } from '../../i18n/bidi';
import { useLabels, useUi } from '../../ui-context';
import { hoursLine, neutralNeeds, slipPhoneLabel, slipText } from './slip';

/** Props of ShortlistScreen. */
export interface ShortlistScreenProps {
  services: Service[];
  focusOnMount: boolean;
  onBack: () => void;
  onClear: () => void;
  onPresent: () => void;
}

/**
 * The shortlist and its signposting slip: only the chosen services, under a neutral heading.
 * Printing hides everything else on the page (see the print styles).
 */
export function ShortlistScreen({ services, focusOnMount, onBack, onClear, onPresent }: ShortlistScreenProps) {
  const { t, language } = useUi();
  const labels = useLabels();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const checkedOn = (date: string) => formatMonthYear(date, language);
  const copy = () =>
    navigator.clipboard.writeText(slipText(services, labels, t, checkedOn)).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  return (
    <>
      <div class="no-print">
        <BackButton onBack={onBack} />
        <ScreenHeading focusOnMount={focusOnMount}>{t('shortlist.title')}</ScreenHeading>
        <p>{t(services.length > 0 ? 'shortlist.intro' : 'shortlist.empty')}</p>
        {services.length > 0 && (
          <p class="card-actions">
            <button type="button" class="button" onClick={() => window.print()}>
              {t('shortlist.print')}
            </button>
            <button type="button" class="button button-secondary" onClick={copy}>
              {t('shortlist.copy')}
            </button>
            <button type="button" class="button button-secondary" onClick={onPresent}>
              {t('present.open')}
            </button>
            <button type="button" class="button button-secondary" onClick={onClear}>
              {t('shortlist.clear')}
            </button>
          </p>
        )}
        {copyState !== 'idle' && <p role="status">{t(copyState === 'copied' ? 'shortlist.copied' : 'shortlist.copyFailed')}</p>}
        <details class="qr">
          {/* Opens the app's front page only: the code itself names no service. */}
          <summary>{t('qr.openApp')}</summary>
          <QrCode text={`${location.origin}/`} label={t('qr.openApp')} />
          <p class="hint">{t('qr.hint')}</p>
        </details>
      </div>
      {services.length > 0 && (
        <section class="slip" aria-labelledby="slip-title">
          <h2 id="slip-title">{t('shortlist.slipTitle')}</h2>
          {services.map((service) => (
            <article key={service.id} class="slip-entry">
              <h3>{service.name}</h3>
              <p>{neutralNeeds(service, labels, t)}</p>
              {service.phones.map((phone) => (
                <p key={phone.number + phone.type}>
                  {slipPhoneLabel(phone, t)}:{' '}
                  <a href={phoneHref(phone)}>
                    <Ltr whole>{phone.number}</Ltr>
                  </a>
                </p>
              ))}
              {hoursLine(service, t) && <p>{hoursLine(service, t)}</p>}
              <p>{t(accessLabelKey(service.access))}</p>
              <p class="slip-small">{t('service.checked', { date: checkedOn(service.last_verified) })}</p>
              {service.phones
                .filter((phone) => phone.type === 'voice' || phone.type === 'text')
                .map((phone) => {
                  const label = t(phone.type === 'text' ? 'qr.text' : 'qr.call', { name: service.name, number: ltrText(phone.number), line: slipPhoneLabel(phone, t) });
                  return (
                    <details key={`qr-${phone.type}-${phone.dial}`} class="qr no-print">
                      <summary>{label}</summary>
                      <QrCode text={phoneHref(phone)} label={label} />
                      <p class="hint">{t('qr.hint')}</p>
                    </details>
                  );
                })}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
