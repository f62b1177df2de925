// What the app loads after the first screen: the directory and the search index built from it.
import type { HelpNowLines, Publisher, Service, TaxonomyLabels, Topic } from '../directory/types';
import type { SearchIndex } from '../search/search-index';

/** What the app loads: every service, validated and normalised at build time, and the search index. */
export interface DirectoryBundle {
  services: Service[];
  /** The forms of abuse with an "Is this happening to me?" page (data/taxonomy/topics.json). */
  topics: Topic[];
  /** Taxonomy labels per UI language, each complete (English where a label is not translated). */
  labels: Record<string, TaxonomyLabels>;
  search: SearchIndex;
  /** The lines "Help right now" puts first. */
  helpNow: HelpNowLines;
  /** Who keeps the directory (data/publisher.json). */
  publisher: Publisher;
}
