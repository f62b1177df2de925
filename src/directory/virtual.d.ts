declare module 'virtual:directory' {
  import type { DirectoryBundle } from './types';
  /** The validated directory, built from data/ by scripts/vite-plugin-directory.ts. */
  export function loadDirectoryBundle(): Promise<DirectoryBundle>;
}

declare module 'virtual:help-now' {
  /** The emergency route and the lines open day and night (data/help-right-now.json), in the first bundle. */
  const lines: Array<import('./types').HelpNowLine>;
  export default lines;
}
