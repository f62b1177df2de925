// Quick exit (src/exit/quick-exit.ts) dispatches "waymark:exit" synchronously before leaving:
// every writer stops first, then what the app holds in memory is put back to nothing.
import { useEffect, useRef } from 'preact/hooks';
import { stopWriting } from '../storage/forgetting';

/** Runs `reset` when quick exit begins, after stopping every storage writer. */
export function useExitReset(reset: () => void): void {
  const latest = useRef(reset);
  latest.current = reset;
  useEffect(() => {
    const clear = () => {
      stopWriting();
      latest.current();
    };
    document.addEventListener('waymark:exit', clear);
    return () => document.removeEventListener('waymark:exit', clear);
  }, []);
}
