// Reading data/services from disk: every entry in the folder is either a service read exactly as
// written, or an error naming it. Nothing is skipped, nothing decoded with a guess.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, MAX_SERVICE_FILE_BYTES, loadValidatedServices } from '../../scripts/directory-source.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ to break. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'waymark-data-'));
  made.push(root);
  cpSync(DATA_DIR, join(root, 'data'), { recursive: true });
  return join(root, 'data');
}

const services = (dataDir: string) => join(dataDir, 'services');

/** The data check's complaint, as one string. */
function complaint(dataDir: string): string {
  try {
    loadValidatedServices(dataDir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}

describe('reading the service files', () => {
  it('reads the real folder with nothing left out', () => {
    expect(complaint(copyOfData())).toBe('no error');
  });

  it.each([
    ['an upper-case extension', 'childline.JSON', 'is not read: only files named <id>.json'],
    ['a backup copy', 'childline.json.bak', 'is not read: only files named <id>.json'],
  ])('refuses %s by name instead of dropping the service', (_case, name, reason) => {
    const dataDir = copyOfData();
    renameSync(join(services(dataDir), 'childline.json'), join(services(dataDir), name));
    const message = complaint(dataDir);
    expect(message).toContain(`services/${name}: $: ${reason}`);
  });

  it('refuses a folder named like a service file, by name', () => {
    const dataDir = copyOfData();
    mkdirSync(join(services(dataDir), 'x.json'));
    expect(complaint(dataDir)).toContain('services/x.json/: $: is a folder');
  });

  it('refuses text that is not UTF-8, saying where it goes wrong', () => {
    const dataDir = copyOfData();
    // "Café" saved as Latin-1: the é is one byte, 0xE9, which UTF-8 cannot start a character with here.
    writeFileSync(join(services(dataDir), 'latin-one.json'), Buffer.from('{ "id": "latin-one", "name": "Caf\xe9" }', 'latin1'));
    expect(complaint(dataDir)).toMatch(/services\/latin-one\.json: \$: is not UTF-8 text \(first bad byte at offset 33\)/);
  });

  it('refuses a file too big to be one service, before it reaches the build', () => {
    const dataDir = copyOfData();
    writeFileSync(join(services(dataDir), 'huge-line.json'), JSON.stringify({ id: 'huge-line', description: 'x'.repeat(MAX_SERVICE_FILE_BYTES) }));
    expect(complaint(dataDir)).toMatch(/services\/huge-line\.json: \$: is \d+ bytes; a service file may be at most 65536 bytes/);
  });

  it.each([
    ['emergency-999', 'the emergency route on every page'],
    ['national-domestic-abuse-helpline', 'a helpline written into every page'],
  ])('fails when %s is deleted', (id, role) => {
    const dataDir = copyOfData();
    rmSync(join(services(dataDir), `${id}.json`));
    expect(complaint(dataDir)).toContain(`data/services/${id}.json: $: is missing, but it is required (${role}`);
  });
});
