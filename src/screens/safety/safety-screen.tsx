import { useState } from 'preact/hooks';
import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { useT } from '../../ui-context';

/** Props of SafetyScreen. */
export interface SafetyScreenProps {
  focusOnMount: boolean;
  remembering: boolean;
  /** The browser refused storage when the person turned remembering on. */
  rememberFailed: boolean;
  onRemember: (on: boolean) => void;
  onBack: () => void;
  onForget: () => void;
}

const CANNOT_REMOVE = ['history', 'earlier', 'synced', 'keyboard', 'calls', 'icon', 'switcher', 'spyware'] as const;
const ADVICE = ['device', 'private', 'single', 'emergency', 'deaf', 'ani'] as const;

/** "Using this safely": what quick exit and Forget do, what no website can remove, and standard UK advice. */
export function SafetyScreen({ focusOnMount, remembering, rememberFailed, onRemember, onBack, onForget }: SafetyScreenProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('safety.title')}</ScreenHeading>
      <p>{t('safety.intro')}</p>

      <h2>{t('safety.exitTitle')}</h2>
      <p>{t('safety.exitText')}</p>
      <p>{t('safety.exitLimits')}</p>
      <p>{t('safety.exitNoScript')}</p>

      <h2>{t('remember.title')}</h2>
      <p>{t('remember.text')}</p>
      <label class="check">
        <input type="checkbox" checked={remembering} onChange={(event) => onRemember(event.currentTarget.checked)} />
        {t('remember.toggle')}
      </label>
      {rememberFailed && <p role="alert">{t('remember.failed')}</p>}

      <h2>{t('safety.forgetTitle')}</h2>
      <p>{t('safety.forgetText')}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="forget-question">
          <p id="forget-question">{t('safety.forgetConfirm')}</p>
          <button type="button" class="button" onClick={onForget}>
            {t('safety.forgetYes')}
          </button>{' '}
          <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
            {t('safety.forgetNo')}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            {t('safety.forgetButton')}
          </button>
        </p>
      )}

      <h2>{t('safety.cannotTitle')}</h2>
      <ul class="plain-list">
        {CANNOT_REMOVE.map((key) => (
          <li key={key}>{t(`safety.cannot.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('safety.adviceTitle')}</h2>
      <ul class="plain-list">
        {ADVICE.map((key) => (
          <li key={key}>{t(`safety.advice.${key}`)}</li>
        ))}
      </ul>
    </>
  );
}
