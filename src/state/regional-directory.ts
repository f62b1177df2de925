// The directory, with the boroughs the person needs: loaded once with the borough they chose,
// then widened when they choose another, filter by one, or name a place in another.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LoadedDirectory } from '../bundle/load-directory';
import { useLoaded, type Loading } from './loading';

/** Loads the directory with the `wanted` boroughs, and adds any borough that joins them later. */
export function useRegionalDirectory(load: (areas: readonly string[]) => Promise<LoadedDirectory>, wanted: readonly string[]): Loading<LoadedDirectory> {
  const first = useRef(wanted);
  const loaded = useLoaded(useCallback(() => load(first.current), [load]));
  const [widened, setWidened] = useState<LoadedDirectory>();
  const current = widened ?? (loaded.status === 'ready' ? loaded.value : undefined);
  const key = wanted.join(' ');
  useEffect(() => {
    if (!current || wanted.every(current.covers)) return;
    let live = true;
    // If a pack cannot be read, what is loaded stays: the person still sees London-wide and national services.
    current.withRegions(wanted).then(
      (value) => live && setWidened(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` stands for `wanted`, which is a new array on every render.
  }, [key, current]);
  return current ? { status: 'ready', value: current } : loaded;
}
