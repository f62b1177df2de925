// "Remember on this device": off unless the person turns it on; when on, the language, area and
// shortlist are written (src/storage/remembered.ts), and never once quick exit has begun.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { writingStopped } from '../storage/forgetting';

/** "Remember on this device" (src/storage/remembered.ts), loaded only when used. */
export type RememberStorage = typeof import('../storage/remembered');

/** What is kept when remembering is on. */
export interface Kept {
  language: string;
  borough: string | undefined;
  shortlist: readonly string[];
}

/** Whether remembering is on, whether the browser refused it, and the switch. */
export interface RememberedSettings {
  remembering: boolean;
  failed: boolean;
  choose: (on: boolean) => void;
  /** Turns remembering off without deleting (quick exit: nothing more may be written). */
  stop: () => void;
}

/** Keeps `kept` in storage while remembering is on. */
export function useRememberedSettings(startOn: boolean, kept: Kept, loadStorage: () => Promise<RememberStorage>): RememberedSettings {
  const [remembering, setRemembering] = useState(startOn);
  const [failed, setFailed] = useState(false);
  const { language, borough, shortlist } = kept;

  useEffect(() => {
    if (!remembering || writingStopped()) return;
    loadStorage()
      .then((storage) => storage.remember({ language, shortlist: [...shortlist], ...(borough ? { borough } : {}) }))
      .catch(() => {
        setRemembering(false);
        setFailed(true);
      });
  }, [remembering, language, borough, shortlist, loadStorage]);

  const choose = useCallback(
    (on: boolean) => {
      setFailed(false);
      setRemembering(on);
      if (!on) {
        loadStorage()
          .then((storage) => storage.forgetRemembered())
          .catch(() => undefined);
      }
    },
    [loadStorage],
  );
  const stop = useCallback(() => setRemembering(false), []);
  return { remembering, failed, choose, stop };
}
