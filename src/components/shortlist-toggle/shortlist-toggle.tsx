import { useT } from '../../ui-context';

/** Props of ShortlistToggle. */
export interface ShortlistToggleProps {
  id: string;
  name: string;
  listed: boolean;
  onToggle: (id: string) => void;
}

/** Adds a service to the shortlist or takes it off; a toggle button, so its state is announced. */
export function ShortlistToggle({ id, name, listed, onToggle }: ShortlistToggleProps) {
  const t = useT();
  return (
    <button type="button" class="button button-secondary" aria-pressed={listed} aria-label={`${t(listed ? 'shortlist.remove' : 'shortlist.add')}: ${name}`} onClick={() => onToggle(id)}>
      {t(listed ? 'shortlist.remove' : 'shortlist.add')}
    </button>
  );
}
