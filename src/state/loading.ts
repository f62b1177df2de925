// Loading something once, and noticing when it takes long.
import { useEffect, useState } from 'preact/hooks';

/** Where a lazy load has got to. */
export type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/** Loads something once and keeps it in state. */
export function useLoaded<T>(load: () => Promise<T>): Loading<T> {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** True once `active` has stayed true for `ms`. */
export function useAfter(active: boolean, ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    if (!active) return;
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return passed;
}
