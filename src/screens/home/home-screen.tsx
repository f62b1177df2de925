import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { useT } from '../../i18n/use-t';
import type { Screen } from '../../navigation';

/** Props of HomeScreen. */
export interface HomeScreenProps {
  focusOnMount: boolean;
  onNavigate: (screen: Screen) => void;
}

/** The first screen: calm, neutral, two large ways in. */
export function HomeScreen({ focusOnMount, onNavigate }: HomeScreenProps) {
  const t = useT();
  return (
    <>
      <ScreenHeading focusOnMount={focusOnMount}>{t('home.title')}</ScreenHeading>
      <p>{t('home.intro')}</p>
      <ul class="tile-list">
        <li>
          <button type="button" class="tile" onClick={() => onNavigate({ name: 'results', list: 'help-now' })}>
            <span class="tile-title">{t('home.helpNow')}</span>
            <span>{t('home.helpNowHint')}</span>
          </button>
        </li>
        <li>
          <button type="button" class="tile" onClick={() => onNavigate({ name: 'results', list: 'all' })}>
            <span class="tile-title">{t('home.allServices')}</span>
            <span>{t('home.allServicesHint')}</span>
          </button>
        </li>
      </ul>
    </>
  );
}
