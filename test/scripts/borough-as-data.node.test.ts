// Adding a borough is data, not code: one entry in data/taxonomy/areas.json plus its services.
// In a temporary copy of data/ this adds Hounslow and one service there, then checks what a
// person would meet: the data check passes, the build offers Hounslow in the borough choice with
// its name in every language, and search by place name or borough filter finds its service.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../../src/search/search.ts';
import { DATA_DIR, buildDirectoryBundle, loadValidatedServices } from '../../scripts/directory-source.ts';
import { directoryPlugin } from '../../scripts/vite-plugin-directory.ts';
import { localesPlugin } from '../../scripts/vite-plugin-locales.ts';

const NEW_BOROUGH = 'hounslow';
/** A test-only service: its number is from Ofcom's range kept for drama, so nobody real is reached. */
const NEW_SERVICE = {
  id: 'hounslow-test-advice',
  name: 'Test Advice Service',
  organization: { name: 'Test Organisation' },
  description: 'Advice and support for people affected by domestic abuse who live in the borough.',
  url: 'https://example.org/help',
  phones: [{ number: '020 7946 0123', type: 'voice', description: 'Advice line' }],
  open_24_7: false,
  schedules: [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
  eligibility_description: 'Anyone who lives in the borough.',
  access: 'self-referral',
  needs: ['domestic-abuse'],
  audiences: [],
  areas: [NEW_BOROUGH],
  languages: ['en'],
  safety_notes: [],
  sources: [{ url: 'https://example.org/help', kind: 'service-page', publisher: 'organisation' }],
  last_verified: '2026-11-30',
  review_by: '2027-05-30',
};

let root = '';
let dataDir = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'waymark-borough-'));
  dataDir = join(root, 'data');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  // The whole change: one entry in the areas file (its label in English only, the rest fall back)...
  const areasPath = join(dataDir, 'taxonomy', 'areas.json');
  const taxonomy = JSON.parse(readFileSync(areasPath, 'utf8')) as { areas: Array<Record<string, unknown>> };
  taxonomy.areas.splice(4, 0, { code: NEW_BOROUGH, kind: 'borough', label: { en: 'Hounslow', pl: 'Hounslow' } });
  writeFileSync(areasPath, JSON.stringify(taxonomy, null, 2));
  // ...plus its services.
  writeFileSync(join(dataDir, 'services', `${NEW_SERVICE.id}.json`), JSON.stringify(NEW_SERVICE, null, 2));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a borough added as data only', () => {
  it('passes the data check, its service among the rest', () => {
    const services = loadValidatedServices(dataDir);
    expect(services.map((service) => service.id)).toContain(NEW_SERVICE.id);
  });

  it('is offered in the borough choice the build makes, named in every language', async () => {
    writeFileSync(
      join(root, 'entry.js'),
      "import areas from 'virtual:areas';\nimport polish from './locales/pl.json';\nimport somali from './locales/so.json';\nexport { areas, polish, somali };\n",
    );
    cpSync(join(DATA_DIR, '..', 'locales'), join(root, 'locales'), { recursive: true });
    const output = [(await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [directoryPlugin(dataDir), localesPlugin(dataDir)],
      build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' } },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[]].flat();
    const chunk = output.flatMap((result) => result.output).find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.isEntry);
    const built = join(root, 'built.mjs');
    writeFileSync(built, chunk?.code ?? '');
    const { areas, polish, somali } = (await import(pathToFileURL(built).href)) as {
      areas: Array<{ code: string; kind: string }>;
      polish: { areas: Record<string, string> };
      somali: { areas: Record<string, string> };
    };
    expect(areas.filter((area) => area.kind === 'borough').map((area) => area.code)).toContain(NEW_BOROUGH);
    expect(polish.areas[NEW_BOROUGH]).toBe('Hounslow');
    // A language without its own label shows the English name, never the code.
    expect(somali.areas[NEW_BOROUGH]).toBe('Hounslow');
  });

  it('is found by search, by its name in the words and by the borough filter', () => {
    const bundle = buildDirectoryBundle(loadValidatedServices(dataDir), dataDir);
    const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
    const context = { language: 'en', now: new Date('2026-12-01T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };
    const named = engine.search({ query: 'domestic abuse hounslow', needs: [], filters: {}, limit: 3 }, { ...context, borough: undefined });
    expect(named.person.places.map((place) => place.areas)).toContainEqual([NEW_BOROUGH]);
    expect(named.results.map((result) => result.service.id)).toContain(NEW_SERVICE.id);
    const filtered = engine.search({ query: 'advice', needs: ['domestic-abuse'], filters: { borough: NEW_BOROUGH }, limit: 200 }, { ...context, borough: NEW_BOROUGH });
    const ids = filtered.results.map((result) => result.service.id);
    expect(ids).toContain(NEW_SERVICE.id);
    // Other boroughs' own services are filtered out; London-wide and national ones stay.
    expect(filtered.results.every((result) => result.service.areas.some((area) => [NEW_BOROUGH, 'london', 'uk'].includes(area)))).toBe(true);
  });

  it('is refused when a service names an area that is not in the areas file', () => {
    writeFileSync(join(dataDir, 'services', 'nowhere-test.json'), JSON.stringify({ ...NEW_SERVICE, id: 'nowhere-test', areas: ['hounslw'] }, null, 2));
    try {
      expect(() => loadValidatedServices(dataDir)).toThrow(/nowhere-test\.json: \$\.areas\[0\]: must be one of .*"hounslow"/);
    } finally {
      rmSync(join(dataDir, 'services', 'nowhere-test.json'));
    }
  });
});
