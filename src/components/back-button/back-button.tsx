import { useT } from '../../ui-context';

/** Props of BackButton. */
export interface BackButtonProps {
  onBack: () => void;
}

/** The in-app back control: the browser's back button would leave the app (no history entries). */
export function BackButton({ onBack }: BackButtonProps) {
  const t = useT();
  return (
    <button type="button" class="button-link back" onClick={onBack}>
      {t('nav.back')}
    </button>
  );
}
