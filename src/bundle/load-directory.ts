import type { DirectorySearch } from '../search/search';
import type { DirectoryBundle } from './directory-bundle';

/** The directory with its search engine, ready for the results and service screens. */
export interface LoadedDirectory {
  bundle: DirectoryBundle;
  engine: DirectorySearch;
  /** The same directory with these boroughs' services added too (itself when they are all in already). */
  withRegions: (areas: readonly string[]) => Promise<LoadedDirectory>;
  /** True when the area's services are in (London-wide, national, a borough loaded, or one without services of its own). */
  covers: (area: string) => boolean;
}

/**
 * Loads the core of the directory, the packs of the boroughs asked for, and the search code (all
 * content-hashed and precached, so offline too). Packs are fetched once and kept.
 */
export async function loadDirectory(areas: readonly string[]): Promise<LoadedDirectory> {
  const [{ loadDirectoryCore, loadRegionPack, REGION_PACKS }, { DirectorySearch }, { mergeRegions }] = await Promise.all([
    import('virtual:directory'),
    import('../search/search'),
    import('./merge-regions'),
  ]);
  const core = await loadDirectoryCore();
  const offered = new Set(REGION_PACKS);
  const packs = new Map<string, ReturnType<typeof loadRegionPack>>();
  const make = async (wanted: readonly string[]): Promise<LoadedDirectory> => {
    for (const area of wanted) if (offered.has(area) && !packs.has(area)) {
        packs.set(
          area,
          // A pack that failed to arrive is asked for again next time, not remembered as failed.
          loadRegionPack(area).catch((error: unknown) => {
            packs.delete(area);
            throw error;
          }),
        );
      }
    const loaded = await Promise.all(packs.values());
    const bundle = mergeRegions(core, loaded);
    const have = new Set(bundle.regions);
    const covers = (area: string) => !offered.has(area) || have.has(area);
    const directory: LoadedDirectory = {
      bundle,
      engine: new DirectorySearch(bundle.search, bundle.services, bundle.helpNow),
      covers,
      withRegions: (more) => (more.every(covers) ? Promise.resolve(directory) : make([...have, ...more])),
    };
    return directory;
  };
  return make(areas);
}
