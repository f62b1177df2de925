import type { DirectorySearch } from '../search/search';
import type { DirectoryBundle } from './directory-bundle';

/** The directory with its search engine, ready for the results and service screens. */
export interface LoadedDirectory {
  bundle: DirectoryBundle;
  engine: DirectorySearch;
}

/** Loads the directory and the search code (both content-hashed and precached, so offline too). */
export async function loadDirectory(): Promise<LoadedDirectory> {
  const [bundle, { DirectorySearch }] = await Promise.all([import('virtual:directory').then(({ loadDirectoryBundle }) => loadDirectoryBundle()), import('../search/search')]);
  return { bundle, engine: new DirectorySearch(bundle.search, bundle.services, bundle.helpNow) };
}
