// Vite plugin: validates data/ at build time and serves the result as `virtual:directory`,
// a lazily imported, content-hashed chunk that the service worker precaches. Builds also get
// the Open Referral export at openreferral/services.json.
import type { Plugin } from 'vite';
import type { ServiceRecord } from '../src/directory/types.ts';
import { isNationalHelpline } from '../src/directory/format.ts';
import { DirectoryValidationError, dialString } from '../src/directory/validate.ts';
import { DATA_DIR, buildDirectoryBundle, loadValidatedServices, readLabelsByLanguage, readNeedVocabulary, readStopwords, readTaxonomyLabels } from './directory-source.ts';
import { toHsdsServices } from './hsds-export.ts';

const HELPLINES_PLACEHOLDER = '<!--helplines-->';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A list of the national lines open day and night, as static HTML. */
export function helplinesHtml(services: ServiceRecord[]): string {
  const items = services
    .filter(isNationalHelpline)
    .flatMap((service) => {
      const phone = service.phones.find((entry) => entry.type === 'voice');
      const dial = phone ? dialString(phone.number) : undefined;
      return phone && dial ? [`<li>${escapeHtml(service.name)}: <a href="tel:${dial}">${escapeHtml(phone.number)}</a></li>`] : [];
    });
  return `<section id="helplines" class="helplines" aria-labelledby="helplines-title"><h2 id="helplines-title" data-i18n="fallback.title">Free helplines, open day and night</h2><ul class="plain-list">${items.join('')}</ul></section>`;
}

/** Where the Open Referral export goes in the build output. */
export const HSDS_EXPORT_PATH = 'openreferral/services.json';

const PUBLIC_ID = 'virtual:directory';
const RESOLVED_ID = '\0virtual:directory';

/** Serves the validated directory bundle; stops the build with file, path and reason on bad data. */
export function directoryPlugin(dataDir = DATA_DIR): Plugin {
  // Validated once per build, then shared by the chunk, the page's helplines and the export.
  let services: ServiceRecord[] | undefined;
  const validated = () => (services ??= loadValidatedServices(dataDir));
  return {
    name: 'waymark-directory',
    buildStart() {
      services = undefined;
    },
    watchChange() {
      services = undefined;
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dataDir);
      try {
        const bundle = buildDirectoryBundle(validated(), readLabelsByLanguage(dataDir), readNeedVocabulary(dataDir), readStopwords(dataDir));
        // JSON.parse of a string literal is faster for engines than an object literal this size.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});`;
      } catch (error) {
        if (error instanceof DirectoryValidationError) this.error(error.message);
        throw error;
      }
    },
    transformIndexHtml(html) {
      // The 24/7 national helplines, written into the page itself: they show even when the
      // app or the directory fails to load.
      return html.replace(HELPLINES_PLACEHOLDER, helplinesHtml(validated()));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HSDS_EXPORT_PATH, source: `${JSON.stringify(toHsdsServices(validated(), readTaxonomyLabels(dataDir)), null, 1)}\n` });
    },
  };
}
