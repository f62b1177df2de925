import { BOROUGHS } from '../../directory/areas';
import type { AreaCode } from '../../directory/types';
import { useT } from '../../ui-context';

/** Props of BoroughSelect. */
export interface BoroughSelectProps {
  value: AreaCode | undefined;
  /** What the empty choice says ("Anywhere in London", "Any"). */
  anyLabel: string;
  onChange: (borough: AreaCode | undefined) => void;
}

/** A choice of the four boroughs, or none; used on the home screen and in the filters. */
export function BoroughSelect({ value, anyLabel, onChange }: BoroughSelectProps) {
  const t = useT();
  return (
    <select value={value ?? ''} onChange={(event) => onChange((event.currentTarget.value || undefined) as AreaCode | undefined)}>
      <option value="">{anyLabel}</option>
      {BOROUGHS.map((area) => (
        <option key={area} value={area}>
          {t(`areas.${area}`)}
        </option>
      ))}
    </select>
  );
}
