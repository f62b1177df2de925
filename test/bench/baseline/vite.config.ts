// The baseline `npm run bench` measures Waymark against, built in the same run: the same app with
// no code splitting (every screen, the search code and the whole directory in one bundle, no region
// packs), the search index built on the phone when the directory loads instead of at build time, and Workbox's
// default precache (one file at a time, installed only when all have arrived).
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import { appConfig } from '../../../vite.config.ts';
import { buildDirectoryBundle, loadValidatedServices, readSearchVocabulary } from '../../../scripts/directory-source.ts';

const SEARCH_INDEX_SOURCE = fileURLToPath(new URL('../../../src/search/search-index.ts', import.meta.url));

/** Serves `virtual:directory` with the raw vocabulary instead of the index, indexed on load. */
function indexOnDevicePlugin(): Plugin {
  return {
    name: 'waymark-bench-index-on-device',
    enforce: 'pre',
    resolveId(id) {
      return id === 'virtual:directory' ? '\0virtual:directory-on-device' : undefined;
    },
    load(id) {
      if (id !== '\0virtual:directory-on-device') return undefined;
      const { services, labels, helpNow, topics, publisher } = buildDirectoryBundle(loadValidatedServices());
      const raw = { services, labels, helpNow, topics, publisher, vocabulary: readSearchVocabulary() };
      // Every service in the one core, no region packs: the whole directory is indexed on the phone.
      return [
        `import { buildVocabularyIndex, nameWordsOf } from ${JSON.stringify(SEARCH_INDEX_SOURCE)};`,
        `const raw = JSON.parse(${JSON.stringify(JSON.stringify(raw))});`,
        'export const REGION_PACKS = [];',
        'export const loadDirectoryCore = async () => ({ ...raw, vocabulary: buildVocabularyIndex(raw.vocabulary), nameWords: raw.services.map(nameWordsOf) });',
        "export const loadRegionPack = () => Promise.reject(new Error('the baseline has no region packs'));",
      ].join('\n');
    },
  };
}

export default mergeConfig(appConfig({ srcDir: 'test/bench/baseline', filename: 'sw.ts' }), {
  plugins: [indexOnDevicePlugin()],
  // One bundle of every screen, language and the directory is the point: no size warning.
  build: { rolldownOptions: { output: { codeSplitting: false } }, chunkSizeWarningLimit: 2048 },
});
