import { useT } from '../../ui-context';

/** Props of SearchBox. */
export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** Called on Enter or the Search button; the form itself never submits anywhere. */
  onSearch?: () => void;
  autoFocus?: boolean;
  /** Above results: the label for screen readers only and no hint, so the first result is in view. */
  compact?: boolean;
}

/**
 * The search field. Nothing typed here leaves the device: the form has no action and never
 * submits, autocomplete is off (no saved form history), and spellcheck is off because Chrome's
 * enhanced spellcheck sends text to a server.
 */
export function SearchBox({ value, onInput, onSearch, autoFocus = false, compact = false }: SearchBoxProps) {
  const t = useT();
  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch?.();
      }}
    >
      <label for="search-input" class={compact ? 'visually-hidden' : 'search-label'}>
        {t('search.label')}
      </label>
      {!compact && (
        <p id="search-hint" class="hint">
          {t('search.hint')}
        </p>
      )}
      <div class="search-row">
        <input
          id="search-input"
          type="search"
          name="q"
          value={value}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          aria-describedby={compact ? undefined : 'search-hint'}
          autoFocus={autoFocus}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {onSearch && (
          <button type="submit" class="button">
            {t('search.submit')}
          </button>
        )}
      </div>
    </form>
  );
}
