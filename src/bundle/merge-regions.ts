// Merging the core with the region packs the person needs. Runs on the phone when a borough is
// added, so it only joins lists: names were normalised and the vocabulary indexed at build time.
import { indexServices } from '../search/search-index.ts';
import type { DirectoryBundle, DirectoryCore, RegionPack } from './directory-bundle.ts';

/** The core and the packs as one directory; a service in several packs (a shared service) appears once, in id order as in data/services. */
export function mergeRegions(core: DirectoryCore, packs: readonly RegionPack[]): DirectoryBundle {
  const byId = new Map<string, { service: DirectoryCore['services'][number]; nameWords: string[][] }>();
  for (const part of [core, ...packs]) {
    part.services.forEach((service, index) => {
      if (!byId.has(service.id)) byId.set(service.id, { service, nameWords: part.nameWords[index] ?? [] });
    });
  }
  // One order whatever was loaded, so ties rank the same with or without another borough.
  const entries = [...byId.values()].sort((a, b) => (a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0));
  const services = entries.map((entry) => entry.service);
  const { vocabulary, nameWords: _nameWords, ...shared } = core;
  return {
    ...shared,
    services,
    search: indexServices(vocabulary, entries.map((entry) => ({ needs: entry.service.needs, nameWords: entry.nameWords }))),
    regions: packs.map((pack) => pack.area),
  };
}
