// The filters a person can set on the results screen, shared by the ranking and the filter panel.
import type { AreaCode, Channel } from '../directory/types';

/** The filters a person can set on the results screen; absent means "any". */
export interface Filters {
  borough?: AreaCode;
  audience?: string;
  language?: string;
  channel?: Channel;
  openNow?: boolean;
  selfReferral?: boolean;
}

/** The "language spoken" filter's value for "Interpreters available". */
export const INTERPRETERS = 'interpreters';

/** How many filters are on. */
export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((value) => value !== undefined && value !== false).length;
}
