// The services the person has put on their shortlist, in the order they added them.
import { useCallback, useState } from 'preact/hooks';

/** The shortlist and the ways to change it. */
export interface Shortlist {
  ids: string[];
  toggle: (id: string) => void;
  clear: () => void;
}

/** A shortlist starting from what was remembered, if anything. */
export function useShortlist(initial: readonly string[] = []): Shortlist {
  const [ids, setIds] = useState<string[]>([...initial]);
  const toggle = useCallback((id: string) => setIds((current) => (current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id])), []);
  const clear = useCallback(() => setIds([]), []);
  return { ids, toggle, clear };
}
