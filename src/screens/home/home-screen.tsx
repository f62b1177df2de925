import { BoroughSelect } from '../../components/borough-select/borough-select';
import { NeedTiles } from '../../components/need-tiles/need-tiles';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { SearchBox } from '../../components/search-box/search-box';
import type { AreaCode } from '../../directory/types';
import { useUi } from '../../ui-context';

/** Props of HomeScreen. */
export interface HomeScreenProps {
  focusOnMount: boolean;
  query: string;
  borough: AreaCode | undefined;
  onQuery: (query: string) => void;
  onSearch: () => void;
  onHelpNow: () => void;
  onChooseNeed: (need: string) => void;
  onBorough: (borough: AreaCode | undefined) => void;
  onBrowseAll: () => void;
  onProfessionals: () => void;
  onUnderstand: () => void;
  onAbout: () => void;
}

/**
 * The first screen, for one thumb and a glance over the shoulder: "Help right now", the search
 * box and the borough in view, in neutral words; what is happening and what is needed behind two
 * calm choices, so no form of abuse and no service is named until the person opens one.
 */
export function HomeScreen({ focusOnMount, query, borough, onQuery, onSearch, onHelpNow, onChooseNeed, onBorough, onBrowseAll, onProfessionals, onUnderstand, onAbout }: HomeScreenProps) {
  const { t, labels } = useUi();
  const tiles = (family: 'happening' | 'need', summary: string) => (
    <details class="tile-group">
      <summary>{summary}</summary>
      {labels ? <NeedTiles family={family} label={summary} onChoose={onChooseNeed} /> : <p role="status">{t('results.loading')}</p>}
    </details>
  );
  return (
    <>
      <ScreenHeading focusOnMount={focusOnMount}>{t('home.title')}</ScreenHeading>
      <p>
        <button type="button" class="button button-large" onClick={onHelpNow}>
          {t('home.helpNow')}
        </button>
      </p>
      <SearchBox value={query} onInput={onQuery} onSearch={onSearch} />
      <label class="borough-choice">
        <span>{t('home.borough')}</span>
        <BoroughSelect value={borough} anyLabel={t('home.anywhere')} onChange={onBorough} />
      </label>
      <p class="home-intro">{t('home.intro')}</p>
      {tiles('happening', t('home.happening'))}
      {tiles('need', t('home.needs'))}
      <ul class="home-links">
        <li>
          <button type="button" class="button button-secondary" onClick={onBrowseAll}>
            {t('home.allServices')}
          </button>
        </li>
        <li>
          <button type="button" class="button-link" onClick={onUnderstand}>
            {t('understand.link')}
          </button>
        </li>
        <li>
          <button type="button" class="button-link" onClick={onProfessionals}>
            {t('professionals.link')}
          </button>
        </li>
        <li>
          <button type="button" class="button-link" onClick={onAbout}>
            {t('about.link')}
          </button>
        </li>
      </ul>
    </>
  );
}
