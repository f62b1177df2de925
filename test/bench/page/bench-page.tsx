// Runs in Chromium: per keystroke, search and render the results screen synchronously, for the
// build-time-indexed search and for naive Fuse over every field, and report the times.
import { render } from 'preact';
import { ServiceCard } from '../../../src/components/service-card/service-card.tsx';
import type { DirectoryBundle, DirectoryCore, RegionPack } from '../../../src/bundle/directory-bundle.ts';
import { mergeRegions } from '../../../src/bundle/merge-regions.ts';
import type { Service } from '../../../src/directory/types.ts';
import { BANK_HOLIDAYS } from '../../../src/hours/bank-holidays.ts';
import { openStatus } from '../../../src/hours/open-status.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import { ResultsScreen } from '../../../src/screens/results/results-screen.tsx';
import { DirectorySearch } from '../../../src/search/search.ts';
import { EMPTY_SEARCH } from '../../../src/search-state.ts';
import { UiContext } from '../../../src/ui-context.ts';
import { naiveSearch } from '../naive-search.ts';
import '../../../src/styles/tokens.css';
import '../../../src/styles/base.css';

const t = initI18n('en');
const root = document.getElementById('root') as HTMLElement;
const now = new Date('2026-11-24T11:00:00Z');
const noop = () => {};

function NaiveResults({ results }: { results: Service[] }) {
  return (
    <ul class="card-list">
      {results.map((service) => (
        <ServiceCard key={service.id} service={service} status={openStatus(service, now, BANK_HOLIDAYS)} callNow={service.phones.find((phone) => phone.type === 'voice')} onOpen={noop} />
      ))}
    </ul>
  );
}

/** Milliseconds per keystroke for the search alone (no rendering), for every prefix of every sequence. */
async function runSearchOnly(file: string, mode: 'indexed' | 'naive', sequences: string[][]): Promise<number[]> {
  const bundle = (await (await fetch(file)).json()) as DirectoryBundle;
  const naive = mode === 'naive' ? naiveSearch(bundle.services) : undefined;
  const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
  const context = { language: 'en', now, bankHolidays: BANK_HOLIDAYS };
  const times: number[] = [];
  for (const prefixes of sequences) {
    for (const query of prefixes) {
      const start = performance.now();
      if (naive) naive(query);
      else engine.search({ ...EMPTY_SEARCH, query, limit: 10 }, context);
      times.push(performance.now() - start);
    }
  }
  return times;
}

/**
 * Milliseconds per keystroke for every prefix of every sequence, on a screen mounted once (as in
 * the app): the search, Preact's render, and the style and layout the browser must then do.
 */
async function runBench(file: string, mode: 'indexed' | 'naive', sequences: string[][]): Promise<number[]> {
  const bundle = (await (await fetch(file)).json()) as DirectoryBundle;
  const naive = mode === 'naive' ? naiveSearch(bundle.services) : undefined;
  const show = (engine: DirectorySearch, query: string) =>
    render(
      <UiContext.Provider value={{ t, language: 'en', labels: bundle.labels['en'] }}>
        {naive ? (
          <NaiveResults results={query ? naive(query) : []} />
        ) : (
          <ResultsScreen
            helpNow={bundle.helpNow}
            engine={engine}
            services={bundle.services}
            state={{ ...EMPTY_SEARCH, query }}
            now={now}
            focusOnMount={false}
            shortlist={[]}
            onShortlist={noop}
            onChange={noop}
            onBack={noop}
            onOpen={noop}
            compact={false}
            onCompact={noop}
            onTopic={noop}
            onPlaces={noop}
          />
        )}
      </UiContext.Provider>,
      root,
    );
  const times: number[] = [];
  // Built once, as the app builds it once when the directory loads.
  const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
  show(engine, '');
  for (const prefixes of sequences) {
    for (const query of prefixes) {
      const start = performance.now();
      show(engine, query);
      // Reading a layout property makes the browser apply styles and lay out now, inside the timing.
      void root.offsetHeight;
      times.push(performance.now() - start);
    }
    show(engine, '');
  }
  render(null, root);
  return times;
}

/**
 * Milliseconds to switch borough, from asking for another borough's pack to its results on screen:
 * fetch the pack, merge it with the core and the person's own borough, build the engine, search
 * and render. One figure per pack after the first.
 */
async function runSwitch(coreFile: string, packFiles: string[], query: string): Promise<number[]> {
  const fetchJson = async <T,>(url: string) => (await (await fetch(url)).json()) as T;
  const core = await fetchJson<DirectoryCore>(coreFile);
  const [firstFile, ...others] = packFiles;
  // The person's own borough, loaded before; each switch adds one more, as "add another borough" does.
  const own = await fetchJson<RegionPack>(firstFile ?? '');
  const times: number[] = [];
  for (const file of others) {
    const start = performance.now();
    const added = [own, await fetchJson<RegionPack>(file)];
    const bundle = mergeRegions(core, added);
    const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
    render(
      <UiContext.Provider value={{ t, language: 'en', labels: bundle.labels['en'] }}>
        <ResultsScreen helpNow={bundle.helpNow} engine={engine} services={bundle.services} state={{ ...EMPTY_SEARCH, query }} now={now} focusOnMount={false} shortlist={[]} onShortlist={noop} onChange={noop} onBack={noop} onOpen={noop} compact={false} onCompact={noop} onTopic={noop} onPlaces={noop} />
      </UiContext.Provider>,
      root,
    );
    void root.offsetHeight;
    times.push(performance.now() - start);
  }
  render(null, root);
  return times;
}

Object.assign(window, { runBench, runSearchOnly, runSwitch });
