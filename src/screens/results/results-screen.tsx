import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { needLabel } from '../../directory/code-labels';
import { ActiveChips, type Chip } from '../../components/active-chips/active-chips';
import { BackButton } from '../../components/back-button/back-button';
import { FilterPanel } from '../../components/filter-panel/filter-panel';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { SearchBox } from '../../components/search-box/search-box';
import { ServiceCard } from '../../components/service-card/service-card';
import type { Service, TaxonomyLabels } from '../../directory/types';
import { useLabels, useUi } from '../../ui-context';
import { BANK_HOLIDAYS } from '../../hours/bank-holidays';
import { londonTime } from '../../hours/london-time';
import { lineToCall, serviceStatusAt } from '../../hours/line-status';
import { languageName } from '../../i18n/language-names';
import { useT } from '../../ui-context';
import { type Translate } from '../../i18n/translate';
import { INTERPRETERS, type Filters } from '../../search/filters';
import type { HelpNowLines } from '../../directory/types';
import type { DirectorySearch } from '../../search/search';
import { EMPTY_SEARCH, withQuery, type SearchState } from '../../search-state';
import { NeedTiles } from '../../components/need-tiles/need-tiles';
import { useTopicPages } from '../../understanding/pages';

/** Props of ResultsScreen. */
export interface ResultsScreenProps {
  /** The lines "Help right now" puts first, by id: shown when nothing typed was understood. */
  helpNow: HelpNowLines;
  engine: DirectorySearch;
  services: Service[];
  state: SearchState;
  now: Date;
  focusOnMount: boolean;
  shortlist: string[];
  onShortlist: (id: string) => void;
  onChange: (state: SearchState) => void;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** The compact list for professionals: who each service is for, how to refer, hours, open now. */
  compact: boolean;
  onCompact: (compact: boolean) => void;
  /** Opens the "Is this happening to me?" page of a form of abuse. */
  onTopic: (code: string) => void;
  /** Asks for the services of boroughs named in the words ("refuge in Battersea"), when not loaded yet. */
  onPlaces: (areas: readonly string[]) => void;
}

// Ten cards fill several phone screens; fewer new cards per keystroke keeps typing smooth.
const PAGE_SIZE = 10;

/** Ranked services for the search, with removable needs and filters, and never a dead end. */
export function ResultsScreen({ helpNow, engine, services, state, now, focusOnMount, shortlist, onShortlist, onChange, onBack, onOpen, compact, onCompact, onTopic, onPlaces }: ResultsScreenProps) {
  const { t, language } = useUi();
  const labels = useLabels();
  const [shown, setShown] = useState(PAGE_SIZE);
  const result = useMemo(
    () => engine.search({ ...state, limit: shown }, { borough: state.filters.borough, language, now, bankHolidays: BANK_HOLIDAYS }),
    [engine, state, shown, language, now],
  );
  const placeAreas = result.person.places.flatMap((place) => place.areas).join(' ');
  useEffect(() => {
    if (placeAreas) onPlaces(placeAreas.split(' '));
  }, [placeAreas, onPlaces]);
  // Typing can empty and refill the results from one keystroke to the next: find these once.
  const helplines = useMemo(() => {
    const ids = [helpNow.domestic_abuse_line, helpNow.emergency, ...Object.values(helpNow.for_audience)];
    return [...new Set(ids)].flatMap((id) => services.filter((service) => service.id === id));
  }, [services, helpNow]);
  const spokenLanguages = useMemo(() => [...new Set(services.flatMap((service) => service.languages))].sort(), [services]);
  const browsing = !state.query.trim() && state.needs.length === 0;
  const latest = useRef(state);
  latest.current = state;
  const changeFilters = useCallback((filters: Filters) => onChange({ ...latest.current, filters }), [onChange]);

  // Typing changes the results on every keystroke but the first cards and the filters far less
  // often: reusing their elements lets Preact skip them (kept under one frame on slow phones).
  // Cards are keyed by position, so a new result fills an existing card's elements instead of
  // creating, styling and removing a whole card (measured in `npm run bench`).
  const visible = result.results;
  const visibleKey = visible.map(({ service, status, callNow }) => `${service.id}:${status.state}:${callNow?.dial ?? ''}`).join();
  const cards = useMemo(
    () => (
      <ul class={compact ? 'card-list card-list-compact' : 'card-list'} aria-label={t('a11y.servicesList')}>
        {visible.map(({ service, status, callNow }, position) => (
          <ServiceCard
            key={position}
            service={service}
            status={status}
            callNow={callNow}
            onOpen={onOpen}
            shortlisted={shortlist.includes(service.id)}
            onShortlist={onShortlist}
            compact={compact}
          />
        ))}
      </ul>
    ),
    [visibleKey, language, onOpen, t, shortlist, onShortlist, compact],
  );
  const filterPanel = useMemo(
    () => <FilterPanel filters={state.filters} languages={spokenLanguages} onChange={changeFilters} compact={compact} onCompact={onCompact} />,
    [state.filters, labels, spokenLanguages, language, changeFilters, compact, onCompact],
  );
  const pages = useTopicPages(language);
  const topic = result.topic ? pages?.topics[result.topic] : undefined;

  const chips: Chip[] = [
    ...result.needs.map(({ code }) => ({
      key: `need-${code}`,
      label: needLabel(labels, code),
      onRemove: () => onChange({ ...state, needs: state.needs.filter((need) => need !== code), excludedNeeds: [...state.excludedNeeds, code] }),
    })),
    ...result.person.audiences.map((code) => ({
      key: `audience-${code}`,
      label: labels.audiences[code] ?? code,
      onRemove: () => onChange({ ...state, excludedAudiences: [...state.excludedAudiences, code] }),
    })),
    ...(result.person.age !== undefined ? [{ key: 'age', label: t('results.ageChip', { age: result.person.age }), onRemove: () => onChange({ ...state, ignoreAge: true }) }] : []),
    ...result.person.places.map((place) => ({
      key: `place-${place.name}`,
      label: place.areas.length > 0 ? t('results.placeChip', { place: place.name, areas: place.areas.map((area) => labels.areas[area] ?? area).join(', ') }) : place.name,
      onRemove: () => onChange({ ...state, excludedPlaces: [...state.excludedPlaces, place.name] }),
    })),
    ...filterChips(state.filters, labels, language, t).map(({ key, label }) => ({
      key: `filter-${key}`,
      label,
      onRemove: () => {
        const filters: Filters = { ...state.filters };
        delete filters[key];
        onChange({ ...state, filters });
      },
    })),
  ];

  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t(browsing ? 'results.allTitle' : 'results.title')}</ScreenHeading>
      <SearchBox value={state.query} compact onInput={(query) => onChange(withQuery(state, query))} />
      <ActiveChips chips={chips} onClearAll={() => onChange(EMPTY_SEARCH)} />
      <div class="results-bar">
        {filterPanel}
        <p role="status" class="result-count">
          {t('results.count', { count: result.count })}
        </p>
      </div>
      {topic && result.topic && (
        <aside class="topic-hint" aria-label={t('understand.title')}>
          <p>{topic.summary}</p>
          <button type="button" class="button-link" onClick={() => result.topic && onTopic(result.topic)}>
            {t('understand.readMore', { title: topic.title })}
          </button>
        </aside>
      )}
      {!result.understood ? (
        <NotUnderstood helplines={helplines} now={now} onOpen={onOpen} onChooseNeed={(need) => onChange({ ...EMPTY_SEARCH, filters: state.filters, needs: [need] })} />
      ) : result.count > 0 ? (
        <>
          {cards}
          {result.count > shown && (
            <p>
              <button type="button" class="button button-secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
                {t('results.showMore')}
              </button>
            </p>
          )}
        </>
      ) : (
        <NoDeadEnd helplines={helplines} now={now} onOpen={onOpen} />
      )}
    </>
  );
}

/**
 * Nothing typed was understood: say so plainly, offer the needs to choose from and the lines open
 * day and night, and never an arbitrary list of services.
 */
function NotUnderstood({ helplines, now, onOpen, onChooseNeed }: { helplines: Service[]; now: Date; onOpen: (id: string) => void; onChooseNeed: (need: string) => void }) {
  const t = useT();
  return (
    <>
      <p role="note">{t('results.notUnderstood')}</p>
      <NeedTiles family="happening" label={t('home.happening')} heading onChoose={onChooseNeed} />
      <NeedTiles family="need" label={t('home.needs')} heading onChoose={onChooseNeed} />
      <h2>{t('fallback.title')}</h2>
      <HelplineCards helplines={helplines} now={now} onOpen={onOpen} />
    </>
  );
}

/** An empty result still offers the lines that are open day and night, and how to widen. */
function NoDeadEnd({ helplines, now, onOpen }: { helplines: Service[]; now: Date; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <>
      <p>{t('results.widen')}</p>
      <p>{t('results.empty')}</p>
      <HelplineCards helplines={helplines} now={now} onOpen={onOpen} />
    </>
  );
}

/** The national lines open day and night, each dialling the line answered now. */
function HelplineCards({ helplines, now, onOpen }: { helplines: Service[]; now: Date; onOpen: (id: string) => void }) {
  const here = londonTime(now);
  return (
    <ul class="card-list">
      {helplines.map((service) => (
        <ServiceCard
          key={service.id}
          service={service}
          status={serviceStatusAt(service, here, BANK_HOLIDAYS)}
          callNow={lineToCall(service, here, BANK_HOLIDAYS)?.phone}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );
}

function filterChips(filters: Filters, labels: TaxonomyLabels, language: string, t: Translate): Array<{ key: keyof Filters; label: string }> {
  const chips: Array<{ key: keyof Filters; label: string }> = [];
  if (filters.borough) chips.push({ key: 'borough', label: labels.areas[filters.borough] ?? filters.borough });
  if (filters.audience) chips.push({ key: 'audience', label: labels.audiences[filters.audience] ?? filters.audience });
  if (filters.language) chips.push({ key: 'language', label: filters.language === INTERPRETERS ? t('filters.interpreters') : languageName(filters.language, language) });
  if (filters.channel) chips.push({ key: 'channel', label: t(`channels.${filters.channel}`) });
  if (filters.openNow) chips.push({ key: 'openNow', label: t('filters.openNow') });
  if (filters.selfReferral) chips.push({ key: 'selfReferral', label: t('filters.selfReferral') });
  return chips;
}
