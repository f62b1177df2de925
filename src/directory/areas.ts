// The boroughs the directory serves, from data/taxonomy/areas.json at build time (virtual:areas):
// a borough added there is offered in the borough choice with no code change.
import areas from 'virtual:areas';
import type { AreaCode } from './types';

/** Every borough, in taxonomy order. */
export const BOROUGHS: readonly AreaCode[] = areas.filter((area) => area.kind === 'borough').map((area) => area.code);
