// The directory, with the boroughs the person needs: loaded once with the borough they chose,
// then widened when they choose another, filter by one, or name a place in another.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LoadedDirectory } from '../bundle/load-directory';
import type { Loading } from './loading';

/** Loads the directory with the `wanted` boroughs, and adds any borough that joins them later. */
export function useRegionalDirectory(load: (areas: readonly string[]) => Promise<LoadedDirectory>, wanted: readonly string[]): Loading<LoadedDirectory> {
  const [state, setState] = useState<Loading<LoadedDirectory>>({ status: 'loading' });
  const first = useRef(wanted);
  useEffect(() => {
    let live = true;
    load(first.current).then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  const key = wanted.join(' ');
  useEffect(() => {
    if (state.status !== 'ready' || wanted.every(state.value.covers)) return;
    let live = true;
    // If a pack cannot be read, what is loaded stays: the person still sees London-wide and national services.
    state.value.withRegions(wanted).then(
      (value) => live && setState({ status: 'ready', value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` stands for `wanted`, which is a new array on every render.
  }, [key, state]);
  return state;
}
