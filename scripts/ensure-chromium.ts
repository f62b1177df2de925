// Makes sure Debian's Chromium is installed for the browser tests. Playwright's own browser
// download cannot run on our machines (no access beyond the npm and Debian registries).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Installs Debian's chromium with apt-get when it is missing; throws with what to do if it cannot. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...prefix, ...args];
    execFileSync(command ?? 'apt-get', rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    console.log(`Chromium not found at ${CHROMIUM_PATH}; installing Debian's chromium package…`);
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch (error) {
    throw new Error(
      `Could not install Chromium (${String(error)}). Install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing`);
  return CHROMIUM_PATH;
}
