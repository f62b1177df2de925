declare module 'virtual:directory' {
  import type { DirectoryCore, RegionPack } from './directory-bundle';
  /** The boroughs that have a pack of their own services, built from data/ by scripts/vite-plugin-directory.ts. */
  export const REGION_PACKS: readonly string[];
  /** The core: vocabulary, labels, London-wide and national services. */
  export function loadDirectoryCore(): Promise<DirectoryCore>;
  /** One borough's own services (one of REGION_PACKS). */
  export function loadRegionPack(area: string): Promise<RegionPack>;
}
