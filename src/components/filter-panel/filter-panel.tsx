import { BoroughSelect } from '../borough-select/borough-select';
import { CHANNELS, type Channel } from '../../directory/types';
import { languageName } from '../../i18n/language-names';
import { useLabels, useUi } from '../../ui-context';
import { INTERPRETERS, activeFilterCount, type Filters } from '../../search/filters';

/** Props of FilterPanel. */
export interface FilterPanelProps {
  filters: Filters;
  /** Languages that at least one service speaks, as codes. */
  languages: string[];
  onChange: (filters: Filters) => void;
  /** The compact list for professionals, on or off. */
  compact: boolean;
  onCompact: (compact: boolean) => void;
}

/** Borough, audience, language, channel, open now and self-referral, combinable; and the compact list for professionals. */
export function FilterPanel({ filters, languages, onChange, compact, onCompact }: FilterPanelProps) {
  const { t, language: uiLanguage } = useUi();
  const labels = useLabels();
  const count = activeFilterCount(filters);
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | '') => {
    const next = { ...filters };
    if (value === '' || value === false || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <details class="filter-panel">
      <summary>{count > 0 ? t('filters.titleActive', { count }) : t('filters.title')}</summary>
      <div class="filter-grid">
        <label>
          {t('filters.borough')}
          <BoroughSelect value={filters.borough} anyLabel={t('filters.any')} onChange={(borough) => set('borough', borough ?? '')} />
        </label>
        <label>
          {t('filters.audience')}
          <select value={filters.audience ?? ''} onChange={(event) => set('audience', event.currentTarget.value)}>
            <option value="">{t('filters.any')}</option>
            {Object.entries(labels.audiences).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.language')}
          <select value={filters.language ?? ''} onChange={(event) => set('language', event.currentTarget.value)}>
            <option value="">{t('filters.any')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, uiLanguage)}
              </option>
            ))}
            <option value={INTERPRETERS}>{t('filters.interpreters')}</option>
          </select>
        </label>
        <label>
          {t('filters.channel')}
          <select value={filters.channel ?? ''} onChange={(event) => set('channel', event.currentTarget.value as Channel | '')}>
            <option value="">{t('filters.any')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.openNow === true} onChange={(event) => set('openNow', event.currentTarget.checked)} />
          {t('filters.openNow')}
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.selfReferral === true} onChange={(event) => set('selfReferral', event.currentTarget.checked)} />
          {t('filters.selfReferral')}
        </label>
        <label class="check">
          <input type="checkbox" checked={compact} onChange={(event) => onCompact(event.currentTarget.checked)} />
          {t('filters.compact')}
        </label>
      </div>
    </details>
  );
}
