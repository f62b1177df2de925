import type { DirectoryBundle } from './types';

/** Loads the directory chunk (content-hashed and precached, so it works offline). */
export function loadDirectory(): Promise<DirectoryBundle> {
  return import('virtual:directory').then((module) => module.default);
}
