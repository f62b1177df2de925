// The "Is this happening to me?" pages, one chunk per language (locales/understanding/), loaded
// when first opened and precached with the other files of the language.
import { useEffect, useState } from 'preact/hooks';

/** One page, in one language. */
export interface TopicPage {
  title: string;
  /** One sentence, shown above the results when the words describe this. */
  summary: string;
  what: string[];
  signs: string[];
  notYourFault: string;
}

/** Every page of one language, and whether a person translated it or a machine. */
export interface TopicPages {
  language: string;
  translation: 'original' | 'machine' | 'reviewed';
  topics: Record<string, TopicPage>;
}

type PagesFile = { meta: { translation: TopicPages['translation'] }; topics: Record<string, TopicPage> };

const files = import.meta.glob<{ default: PagesFile }>('../../locales/understanding/*.json');

/** The pages in `language`, else in English when that language has none. */
export async function loadTopicPages(language: string): Promise<TopicPages> {
  const load = files[`../../locales/understanding/${language}.json`];
  if (!load) return language === 'en' ? Promise.reject(new Error('no English pages')) : loadTopicPages('en');
  const { meta, topics } = (await load()).default;
  return { language, translation: meta.translation, topics };
}

const loaded = new Map<string, Promise<TopicPages>>();

/** The pages in `language` once loaded (undefined until then, or if they cannot be). */
export function useTopicPages(language: string): TopicPages | undefined {
  const [pages, setPages] = useState<TopicPages | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let request = loaded.get(language);
    if (!request) {
      request = loadTopicPages(language);
      loaded.set(language, request);
    }
    request.then(
      (value) => live && setPages(value),
      () => live && setPages(undefined),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return pages?.language === language || pages?.language === 'en' ? pages : undefined;
}
