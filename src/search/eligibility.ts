// Who a service can take, from what it publishes (limited_to, minimum_age, maximum_age), against
// what the person said of themself. A service the person cannot use is moved below the ones they
// can, never hidden: they may be asking for someone else. Pure.
import type { Service } from '../directory/types';
import { ADULT_AGE } from './person';

/** What is known of the person asking. */
export interface Asker {
  /** Audiences stated (by the words or the filter). */
  audiences: ReadonlySet<string>;
  /** Audiences only suggested, with how strongly (0–1): raised a little, never excluding. */
  suggested: ReadonlyMap<string, number>;
  gender?: 'male' | 'female';
  age?: number;
}

/** Nobody in particular: no audience, no gender, no age. */
export const ANYONE: Asker = { audiences: new Set(), suggested: new Map() };

type Eligibility = Pick<Service, 'audiences' | 'limited_to' | 'minimum_age' | 'maximum_age'>;

/** Whether the service is for this audience (especially, or only). */
export function servesAudience(service: Eligibility, audience: string): boolean {
  return service.audiences.includes(audience) || (service.limited_to?.includes(audience) ?? false);
}

/** True when what the person said rules the service out: a women-only line for a man, a 16+ line for a 15-year-old. */
export function isExcluded(service: Eligibility, asker: Asker): boolean {
  const { age, gender } = asker;
  const young = asker.audiences.has('young-people') || (age !== undefined && age < ADULT_AGE);
  if (age !== undefined && service.minimum_age !== undefined && age < service.minimum_age) return true;
  if (age !== undefined && service.maximum_age !== undefined && age > service.maximum_age) return true;
  // An adult service for someone who said they are a child, though they gave no number.
  if (young && age === undefined && (service.minimum_age ?? 0) >= ADULT_AGE) return true;
  const limits = service.limited_to;
  if (!limits || limits.length === 0) return false;
  // The person fits one of the service's audiences: not excluded.
  if (limits.some((audience) => asker.audiences.has(audience))) return false;
  const ruledOut = (audience: string) => {
    if (audience === 'women') return gender === 'male';
    if (audience === 'men') return gender === 'female';
    if (audience === 'young-people') return (age !== undefined && age >= ADULT_AGE + 7) || asker.audiences.has('older-people');
    if (audience === 'older-people') return young;
    return false;
  };
  return limits.every(ruledOut);
}
