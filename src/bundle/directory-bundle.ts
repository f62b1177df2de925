// What the app loads after the first screen. The directory is split by region so a London-wide
// directory stays small on the phone: one core file (the words search understands, labels, and
// the London-wide and national services) and one pack per borough, each its own content-hashed,
// precached file. The app merges the core with the packs of the person's borough(s).
import type { HelpNowLines, Publisher, Service, TaxonomyLabels, Topic } from '../directory/types';
import type { SearchIndex, VocabularyIndex } from '../search/search-index';

/** Services with the words of their names, as a file carries them (the words worked out at build time). */
export interface ServicesPart {
  services: Service[];
  /** For each service, the normalised words of its name, its organisation's name and its other name. */
  nameWords: string[][][];
}

/** The file loaded first: everything but the boroughs' own services. */
export interface DirectoryCore extends ServicesPart {
  /** The forms of abuse with an "Is this happening to me?" page (data/taxonomy/topics.json). */
  topics: Topic[];
  /** Taxonomy labels per UI language, each complete (English where a label is not translated). */
  labels: Record<string, TaxonomyLabels>;
  vocabulary: VocabularyIndex;
  /** The lines "Help right now" puts first. */
  helpNow: HelpNowLines;
  /** Who keeps the directory (data/publisher.json). */
  publisher: Publisher;
}

/** One borough's own services (those not also London-wide or national). */
export interface RegionPack extends ServicesPart {
  area: string;
}

/** The directory as the screens use it: the core merged with the packs loaded, and its search index. */
export interface DirectoryBundle extends Omit<DirectoryCore, 'vocabulary' | 'nameWords'> {
  search: SearchIndex;
  /** The boroughs whose packs are in `services`. */
  regions: string[];
}
