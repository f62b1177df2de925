// The baseline: Fuse over every field of every service, as one would write it without a
// build-time index. Used only to measure against.
import Fuse from 'fuse.js/basic';
import type { Service } from '../../src/directory/types.ts';

/** Every text field of a service, as naive Fuse keys. */
export const NAIVE_KEYS = ['name', 'organization.name', 'description', 'eligibility_description', 'needs', 'audiences', 'areas', 'channels', 'languages', 'safety_notes', 'phones.description'];

/** Builds the naive Fuse once; each search then scans every field of every service. */
export function naiveSearch(services: Service[]): (query: string) => Service[] {
  const fuse = new Fuse(services, { keys: NAIVE_KEYS, includeScore: true, threshold: 0.4, ignoreLocation: true });
  return (query) => fuse.search(query, { limit: 20 }).map((result) => result.item);
}
