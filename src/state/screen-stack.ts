// The screens the person has moved through, in memory only (src/navigation.ts).
import { useCallback, useState } from 'preact/hooks';
import { HOME, currentScreen, popScreen, pushScreen, type Screen } from '../navigation';

/** The stack of screens and the moves on it. */
export interface ScreenStack {
  screen: Screen;
  /** How many screens deep: 1 on the first screen. */
  depth: number;
  /** Every screen moved through (a new array on each move, for memoised reads of the clock). */
  stack: readonly Screen[];
  navigate: (screen: Screen) => void;
  back: () => void;
  /** Back to home with nothing behind it (quick exit). */
  reset: () => void;
}

/** The in-memory screen stack, starting at home. */
export function useScreenStack(): ScreenStack {
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const navigate = useCallback((screen: Screen) => setStack((current) => pushScreen(current, screen)), []);
  const back = useCallback(() => setStack(popScreen), []);
  const reset = useCallback(() => setStack([HOME]), []);
  return { screen: currentScreen(stack), depth: stack.length, stack, navigate, back, reset };
}
