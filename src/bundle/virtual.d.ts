declare module 'virtual:directory' {
  import type { DirectoryBundle } from './directory-bundle';
  /** The validated directory, built from data/ by scripts/vite-plugin-directory.ts. */
  export function loadDirectoryBundle(): Promise<DirectoryBundle>;
}
