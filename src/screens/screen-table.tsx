// Which component draws each screen, and what it is given. Home is in the first bundle; the
// others come from the lazily loaded screens module once it (and the directory) have arrived.
import type { ComponentChild } from 'preact';
import type { LoadedDirectory } from '../bundle/load-directory';
import type { AreaCode, Service } from '../directory/types';
import type { Translate } from '../i18n/translate';
import type { Screen } from '../navigation';
import type { SearchState } from '../search-state';
import type { RememberStorage, RememberedSettings } from '../state/remembered-settings';
import type { Shortlist } from '../state/shortlist';
import { HelpNowScreen } from './help-now/help-now-screen';
import { HomeScreen } from './home/home-screen';


/** The screens after home, loaded lazily. */
export type LaterScreens = typeof import('./later-screens');

/** What the shell gives the screens. */
export interface Shell {
  focusOnMount: boolean;
  /** How many screens deep: a new results screen each time results are opened again. */
  depth: number;
  /** The clock, read when the person moves between screens. */
  now: Date;
  directory: LoadedDirectory | undefined;
  later: LaterScreens | undefined;
  search: SearchState;
  setSearch: (state: SearchState) => void;
  /** Starts a search from the words typed so far, with this change, and shows the results. */
  showResults: (change: Partial<SearchState>) => void;
  borough: AreaCode | undefined;
  setBorough: (borough: AreaCode | undefined) => void;
  /** Adds the services of boroughs named in a search. */
  addPlaces: (areas: readonly string[]) => void;
  /** Results as the compact list for professionals. */
  compact: boolean;
  setCompact: (compact: boolean) => void;
  shortlist: Shortlist;
  /** The shortlisted services, in the order they were added. */
  shortlisted: Service[];
  navigate: (screen: Screen) => void;
  back: () => void;
  openService: (id: string) => void;
  remembered: RememberedSettings;
  loadStorage: () => Promise<RememberStorage>;
  loadLanguage: (code: string) => Promise<Translate>;
}

/** The screens module, and the directory, once loaded. */
interface Loaded {
  later: LaterScreens;
  directory: LoadedDirectory;
}

/** A screen drawn at once, one that waits for the screens module, or one that also waits for the directory. */
type Entry<S extends Screen> =
  | { waitsFor: 'nothing'; draw: (screen: S, shell: Shell) => ComponentChild }
  | { waitsFor: 'screens'; draw: (screen: S, shell: Shell, later: LaterScreens) => ComponentChild }
  | { waitsFor: 'directory'; draw: (screen: S, shell: Shell, loaded: Loaded) => ComponentChild };
type Table = { [N in Screen['name']]: Entry<Extract<Screen, { name: N }>> };

/** Every screen: whether it waits for the directory, and how it is drawn. */
export const SCREENS: Table = {
  home: {
    waitsFor: 'nothing',
    draw: (_screen, shell) => (
      <HomeScreen
        focusOnMount={shell.focusOnMount}
        query={shell.search.query}
        borough={shell.borough}
        onQuery={(query) => shell.setSearch({ ...shell.search, query })}
        onSearch={() => shell.showResults({})}
        onHelpNow={() => shell.navigate({ name: 'help-now' })}
        onChooseNeed={(need) => shell.showResults({ query: '', needs: [need] })}
        onBorough={shell.setBorough}
        onBrowseAll={() => shell.showResults({ query: '' })}
        onProfessionals={() => shell.navigate({ name: 'professionals' })}
        onUnderstand={() => shell.navigate({ name: 'understand' })}
        onAbout={() => shell.navigate({ name: 'about' })}
      />
    ),
  },
  'help-now': {
    waitsFor: 'nothing',
    draw: (_screen, shell) => <HelpNowScreen focusOnMount={shell.focusOnMount} onBack={shell.back} onMore={() => shell.showResults({ query: '', needs: ['help-now'] })} />,
  },
  results: {
    waitsFor: 'directory',
    draw: (_screen, shell, { directory, later }) => (
      <later.ResultsScreen
        key={`results-${shell.depth}`}
        helpNow={directory.bundle.helpNow}
        engine={directory.engine}
        services={directory.bundle.services}
        state={shell.search}
        now={shell.now}
        focusOnMount={shell.focusOnMount}
        shortlist={shell.shortlist.ids}
        onShortlist={shell.shortlist.toggle}
        onChange={shell.setSearch}
        onBack={shell.back}
        onOpen={shell.openService}
        compact={shell.compact}
        onCompact={shell.setCompact}
        onTopic={(code) => shell.navigate({ name: 'topic', code })}
        onPlaces={shell.addPlaces}
      />
    ),
  },
  service: {
    waitsFor: 'directory',
    draw: (screen, shell, { directory, later }) => (
      <later.ServiceScreen
        key={`service-${screen.id}`}
        service={directory.bundle.services.find((service) => service.id === screen.id)}
        now={shell.now}
        focusOnMount={shell.focusOnMount}
        shortlisted={shell.shortlist.ids.includes(screen.id)}
        onShortlist={shell.shortlist.toggle}
        onBack={shell.back}
        onReport={(serviceId) => shell.navigate({ name: 'report', serviceId })}
      />
    ),
  },
  shortlist: {
    waitsFor: 'directory',
    draw: (_screen, shell, { later }) => (
      <later.ShortlistScreen
        services={shell.shortlisted}
        focusOnMount={shell.focusOnMount}
        onBack={shell.back}
        onClear={shell.shortlist.clear}
        onPresent={() => shell.navigate({ name: 'present' })}
      />
    ),
  },
  present: {
    waitsFor: 'directory',
    draw: (_screen, shell, { directory, later }) => (
      <later.PresentScreen services={shell.shortlisted} labelsByLanguage={directory.bundle.labels} now={shell.now} loadLanguage={shell.loadLanguage} onClose={shell.back} />
    ),
  },
  professionals: {
    waitsFor: 'directory',
    draw: (_screen, shell, { directory, later }) => (
      <later.ProfessionalsScreen
        services={directory.bundle.services}
        focusOnMount={shell.focusOnMount}
        onBack={shell.back}
        onOpen={shell.openService}
        onSignpost={(borough) => {
          shell.setCompact(true);
          shell.showResults({ query: '', filters: { ...(borough ? { borough } : {}), selfReferral: true } });
        }}
      />
    ),
  },
  understand: {
    waitsFor: 'directory',
    draw: (_screen, shell, { directory, later }) => (
      <later.UnderstandScreen topics={directory.bundle.topics} focusOnMount={shell.focusOnMount} onBack={shell.back} onOpen={(code) => shell.navigate({ name: 'topic', code })} />
    ),
  },
  topic: {
    waitsFor: 'directory',
    draw: (screen, shell, { directory, later }) => (
      <later.TopicScreen
        key={`topic-${screen.code}`}
        topic={directory.bundle.topics.find((topic) => topic.code === screen.code)}
        engine={directory.engine}
        now={shell.now}
        focusOnMount={shell.focusOnMount}
        onBack={shell.back}
        onOpen={shell.openService}
        onServices={(needs) => shell.showResults({ query: '', needs })}
      />
    ),
  },
  about: {
    waitsFor: 'directory',
    draw: (_screen, shell, { directory, later }) => (
      <later.AboutScreen services={directory.bundle.services} focusOnMount={shell.focusOnMount} onBack={shell.back} onReport={() => shell.navigate({ name: 'report' })} />
    ),
  },
  report: {
    waitsFor: 'directory',
    draw: (screen, shell, { directory, later }) => (
      <later.ReportScreen
        key={`report-${screen.serviceId ?? ''}`}
        services={directory.bundle.services}
        serviceId={screen.serviceId}
        correctionsEmail={directory.bundle.publisher.corrections_email}
        focusOnMount={shell.focusOnMount}
        onBack={shell.back}
      />
    ),
  },
  safety: {
    waitsFor: 'screens',
    draw: (_screen, shell, later) => (
      <later.SafetyScreen
        focusOnMount={shell.focusOnMount}
        remembering={shell.remembered.remembering}
        rememberFailed={shell.remembered.failed}
        onRemember={shell.remembered.choose}
        onBack={shell.back}
        onForget={() => void later.forgetThisDevice(() => shell.loadStorage().then((storage) => storage.closeRemembered()))}
      />
    ),
  },
};

/** Draws the screen on top of the stack, or nothing while what it waits for is still loading. */
export function drawScreen(screen: Screen, shell: Shell): ComponentChild {
  const entry = SCREENS[screen.name] as Entry<Screen>;
  const { directory, later } = shell;
  if (entry.waitsFor === 'nothing') return entry.draw(screen, shell);
  if (entry.waitsFor === 'screens') return later ? entry.draw(screen, shell, later) : null;
  return later && directory ? entry.draw(screen, shell, { later, directory }) : null;
}

/** Whether the screen is waiting for something that has not loaded yet. */
export function isWaiting(screen: Screen, shell: Pick<Shell, 'directory' | 'later'>): boolean {
  const { waitsFor } = SCREENS[screen.name];
  return (waitsFor !== 'nothing' && !shell.later) || (waitsFor === 'directory' && !shell.directory);
}
