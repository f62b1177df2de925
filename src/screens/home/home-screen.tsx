import { NeedTiles } from '../../components/need-tiles/need-tiles';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { SearchBox } from '../../components/search-box/search-box';
import { BoroughSelect } from '../../components/borough-select/borough-select';
import type { AreaCode } from '../../directory/types';
import { useUi } from '../../ui-context';

/** Props of HomeScreen. */
export interface HomeScreenProps {
  focusOnMount: boolean;
  query: string;
  borough: AreaCode | undefined;
  onQuery: (query: string) => void;
  onSearch: () => void;
  onChooseNeed: (need: string) => void;
  onBorough: (borough: AreaCode | undefined) => void;
  onBrowseAll: () => void;
  onProfessionals: () => void;
}

/** The first screen: calm and neutral; search in your own words, or tap what is happening or what you need. */
export function HomeScreen({ focusOnMount, query, borough, onQuery, onSearch, onChooseNeed, onBorough, onBrowseAll, onProfessionals }: HomeScreenProps) {
  const { t, labels } = useUi();
  return (
    <>
      <ScreenHeading focusOnMount={focusOnMount}>{t('home.title')}</ScreenHeading>
      <p>{t('home.intro')}</p>
      <SearchBox value={query} onInput={onQuery} onSearch={onSearch} />
      {labels && (
        <>
          <NeedTiles heading={t('home.happening')} family="happening" onChoose={onChooseNeed} />
          <NeedTiles heading={t('home.needs')} family="need" onChoose={onChooseNeed} />
          <label class="borough-choice">
            {t('home.borough')}
            <BoroughSelect value={borough} anyLabel={t('home.anywhere')} onChange={onBorough} />
          </label>
          <p>
            <button type="button" class="button button-secondary" onClick={onBrowseAll}>
              {t('home.allServices')}
            </button>
          </p>
          <p>
            <button type="button" class="button-link" onClick={onProfessionals}>
              {t('professionals.link')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
