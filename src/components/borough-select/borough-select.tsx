import { BOROUGHS, type AreaCode, type TaxonomyLabels } from '../../directory/types';

/** Props of BoroughSelect. */
export interface BoroughSelectProps {
  value: AreaCode | undefined;
  labels: TaxonomyLabels;
  /** What the empty choice says ("Anywhere in London", "Any"). */
  anyLabel: string;
  onChange: (borough: AreaCode | undefined) => void;
}

/** A choice of the four boroughs, or none; used on the home screen and in the filters. */
export function BoroughSelect({ value, labels, anyLabel, onChange }: BoroughSelectProps) {
  return (
    <select value={value ?? ''} onChange={(event) => onChange((event.currentTarget.value || undefined) as AreaCode | undefined)}>
      <option value="">{anyLabel}</option>
      {BOROUGHS.map((area) => (
        <option key={area} value={area}>
          {labels.areas[area] ?? area}
        </option>
      ))}
    </select>
  );
}
