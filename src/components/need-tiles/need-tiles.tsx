import { useLabels } from '../../ui-context';

/** Props of NeedTiles. */
export interface NeedTilesProps {
  heading: string;
  family: 'happening' | 'need';
  onChoose: (need: string) => void;
}

/** One family of needs as large buttons, in taxonomy order. */
export function NeedTiles({ heading, family, onChoose }: NeedTilesProps) {
  const labels = useLabels();
  const needs = Object.entries(labels.needs).filter(([, need]) => need.family === family);
  const headingId = `tiles-${family}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul class="need-tiles">
        {needs.map(([code, need]) => (
          <li key={code}>
            <button type="button" class={`need-tile${code === 'help-now' ? ' need-tile-urgent' : ''}`} onClick={() => onChoose(code)}>
              {need.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
