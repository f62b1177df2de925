// Each code list is written once, in data/taxonomy/code-lists.json; the constants the app's code
// names codes by must agree with it, and every label it names must exist, or the build stops.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, loadValidatedServices } from '../../../scripts/directory-source.ts';

type CodeLists = Record<string, Array<{ code: string; label_key?: string; may_give_contact?: boolean }>>;

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ whose code lists have been changed by `edit`. */
function dataWith(edit: (lists: CodeLists) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-codes-'));
  made.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  const path = join(dir, 'taxonomy', 'code-lists.json');
  const lists = JSON.parse(readFileSync(path, 'utf8')) as CodeLists;
  edit(lists);
  writeFileSync(path, JSON.stringify(lists, null, 2));
  return dir;
}

const get = (lists: CodeLists, key: string) => lists[key] ?? [];

describe('code lists, defined once', () => {
  it('agree with the app today', () => {
    expect(() => loadValidatedServices()).not.toThrow();
  });

  it('stop the build when a code is added to a list the app does not know', () => {
    const dir = dataWith((lists) => get(lists, 'channels').push({ code: 'carrier-pigeon', label_key: 'channels.phone' }));
    expect(() => loadValidatedServices(dir)).toThrow(/code-lists\.json: \$\.channels: "carrier-pigeon" is not in CHANNELS of src\/directory\/types\.ts/);
  });

  it('stop the build when a code the app relies on is taken out', () => {
    const dir = dataWith((lists) => {
      lists['phone_types'] = get(lists, 'phone_types').filter((type) => type.code !== 'textphone');
    });
    expect(() => loadValidatedServices(dir)).toThrow(/code-lists\.json: \$\.phone_types: lacks "textphone", which PHONE_TYPES/);
  });

  it('stop the build when a news page is allowed to be the source of a number', () => {
    const dir = dataWith((lists) => {
      for (const kind of get(lists, 'source_kinds')) if (kind.code === 'news') kind.may_give_contact = true;
    });
    expect(() => loadValidatedServices(dir)).toThrow(/\$\.source_kinds: "news": may_give_contact disagrees/);
  });

  it('name only labels that every locale has', () => {
    const lists = JSON.parse(readFileSync(join(DATA_DIR, 'taxonomy', 'code-lists.json'), 'utf8')) as CodeLists;
    const keys = Object.values(lists).filter((list) => Array.isArray(list)).flat().flatMap((entry) => (entry.label_key ? [entry.label_key] : []));
    expect(keys.length).toBeGreaterThan(10);
    const localesDir = join(DATA_DIR, '..', 'locales');
    for (const locale of readdirSync(localesDir).filter((file) => file.endsWith('.json'))) {
      const strings = JSON.parse(readFileSync(join(localesDir, locale), 'utf8')) as Record<string, unknown>;
      const missing = keys.filter((key) => typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings) !== 'string');
      expect(missing, locale).toEqual([]);
    }
  });
});
