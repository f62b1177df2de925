// "A new version is ready": the function that applies it, while the person has not dismissed it.
import { useEffect, useState } from 'preact/hooks';

/** The waiting update, if any, and a way to put the prompt away. */
export interface UpdatePromptState {
  apply: (() => void) | null;
  dismiss: () => void;
}

/** Listens for a waiting service worker version. */
export function useUpdatePrompt(onUpdateReady: ((listener: (apply: () => void) => void) => void) | undefined): UpdatePromptState {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    onUpdateReady?.((ready) => setApply(() => ready));
  }, [onUpdateReady]);
  return { apply, dismiss: () => setApply(null) };
}
