import { useT } from '../../ui-context';

/** One removable thing the results are narrowed by. */
export interface Chip {
  key: string;
  label: string;
  onRemove: () => void;
}

/** Props of ActiveChips. */
export interface ActiveChipsProps {
  chips: Chip[];
  onClearAll: () => void;
}

/**
 * What was understood (needs, who is asking, where, filters) in one line above the results; one
 * tap opens it to take any of them away. A line, not a wall of chips, so the first result stays
 * in the first screen.
 */
export function ActiveChips({ chips, onClearAll }: ActiveChipsProps) {
  const t = useT();
  if (chips.length === 0) return null;
  return (
    <details class="chips">
      <summary>
        <span class="chips-title">{t('results.understood')}</span> {chips.map((chip) => chip.label).join(' · ')}
      </summary>
      <ul class="chip-list" aria-label={t('a11y.needChips')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" class="chip" aria-label={t('a11y.removeChip', { label: chip.label })} onClick={chip.onRemove}>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button type="button" class="button-link" onClick={onClearAll}>
          {t('results.clearAll')}
        </button>
      )}
    </details>
  );
}
