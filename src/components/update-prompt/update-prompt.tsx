import { useT } from '../../ui-context';

/** Props of UpdatePrompt. */
export interface UpdatePromptProps {
  onApply: () => void;
  onDismiss: () => void;
}

/** A polite note that a new version is waiting; it never reloads unless the person asks. */
export function UpdatePrompt({ onApply, onDismiss }: UpdatePromptProps) {
  const t = useT();
  return (
    <section class="update-prompt" role="status" aria-live="polite">
      <p>{t('update.ready')}</p>
      <button type="button" class="button" onClick={onApply}>
        {t('update.apply')}
      </button>
      <button type="button" class="button button-secondary" onClick={onDismiss}>
        {t('update.later')}
      </button>
    </section>
  );
}
