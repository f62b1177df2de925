import { useMemo, useState } from 'preact/hooks';
import { BackButton } from '../../components/back-button/back-button';
import { Ltr } from '../../components/ltr/ltr';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import type { Service } from '../../directory/types';
import { useUi } from '../../ui-context';
import { PROBLEMS, reportText, type Problem } from './report';

/** Props of ReportScreen. */
export interface ReportScreenProps {
  services: Service[];
  /** The service the person came from, chosen already. */
  serviceId: string | undefined;
  /** Where reports go, if the team has set an address (data/publisher.json). */
  correctionsEmail: string | null;
  focusOnMount: boolean;
  onBack: () => void;
}

/**
 * "Report a problem", with no server: the person says which service and what is wrong, and the
 * app writes the report for them to copy or send by email. Nothing is sent or stored by the app,
 * and the page says plainly that an email stays in the sender's mailbox.
 */
export function ReportScreen({ services, serviceId, correctionsEmail, focusOnMount, onBack }: ReportScreenProps) {
  const { t } = useUi();
  const [chosen, setChosen] = useState(serviceId ?? '');
  const [problem, setProblem] = useState<Problem>('number');
  const [details, setDetails] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const sorted = useMemo(() => [...services].sort((a, b) => a.name.localeCompare(b.name, 'en')), [services]);
  const service = services.find((entry) => entry.id === chosen);
  const text = reportText({ service, problem, details }, t);
  const subject = t('report.subject', { name: service?.name ?? t('report.general') });
  const mailto = `mailto:${correctionsEmail ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('report.title')}</ScreenHeading>
      <p>{t('report.intro')}</p>
      <form class="report" onSubmit={(event) => event.preventDefault()}>
        <label class="field">
          <span>{t('report.service')}</span>
          <select value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
            <option value="">{t('report.general')}</option>
            {sorted.map((entry) => (
              <option key={entry.id} value={entry.id} lang="en">
                {entry.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('report.problem')}</legend>
          {PROBLEMS.map((code) => (
            <label key={code} class="check">
              <input type="radio" name="problem" value={code} checked={problem === code} onChange={() => setProblem(code)} />
              {t(`report.problems.${code}`)}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('report.details')}</span>
          {/* Autocomplete and spellcheck off, as in the search box: nothing typed is saved or sent by the browser. */}
          <textarea rows={4} value={details} autoComplete="off" spellcheck={false} onInput={(event) => setDetails(event.currentTarget.value)} />
        </label>
        <p class="hint">{t('report.noPersonal')}</p>
      </form>
      <h2>{t('report.yourReport')}</h2>
      <pre class="report-text">{text}</pre>
      <p class="card-actions">
        <button type="button" class="button" onClick={copy}>
          {t('report.copy')}
        </button>
        <a class="button button-secondary" href={mailto}>
          {t('report.email')}
        </a>
      </p>
      {copied !== 'idle' && <p role="status">{t(copied === 'copied' ? 'report.copied' : 'report.copyFailed')}</p>}
      <p class="notice" role="note">
        {t('report.emailWarning')}
      </p>
      <p>
        {correctionsEmail ? (
          <>
            {t('report.sendTo')} <Ltr>{correctionsEmail}</Ltr>
          </>
        ) : (
          t('report.noAddress')
        )}
      </p>
    </>
  );
}
