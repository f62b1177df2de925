import { useLabels } from '../../ui-context';

/** Props of NeedTiles. */
export interface NeedTilesProps {
  family: 'happening' | 'need';
  /** What the list is called (a heading or the disclosure that holds it). */
  label: string;
  /** A heading above the tiles; without one, the list is named by `label` alone. */
  heading?: boolean;
  onChoose: (need: string) => void;
}

/** One family of needs as large buttons, in taxonomy order. "Help right now" has its own button on every screen that shows tiles. */
export function NeedTiles({ family, label, heading = false, onChoose }: NeedTilesProps) {
  const labels = useLabels();
  const needs = Object.entries(labels.needs).filter(([code, need]) => need.family === family && code !== 'help-now');
  const list = (
    <ul class="need-tiles" aria-label={heading ? undefined : label}>
      {needs.map(([code, need]) => (
        <li key={code}>
          <button type="button" class="need-tile" onClick={() => onChoose(code)}>
            {need.label}
          </button>
        </li>
      ))}
    </ul>
  );
  if (!heading) return list;
  const headingId = `tiles-${family}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      {list}
    </section>
  );
}
