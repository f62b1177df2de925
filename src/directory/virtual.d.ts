declare module 'virtual:directory' {
  import type { DirectoryBundle } from './types';
  /** The validated directory, built from data/ by scripts/vite-plugin-directory.ts. */
  const bundle: DirectoryBundle;
  export default bundle;
}
