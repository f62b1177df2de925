// In-memory navigation (Safety rule 1, README): screens are a stack held in memory; the URL and
// the browser history are never touched.

/** A place in the app. */
export type Screen =
  | { name: 'home' }
  | { name: 'help-now' }
  | { name: 'results' }
  | { name: 'service'; id: string }
  | { name: 'safety' }
  | { name: 'shortlist' }
  | { name: 'present' }
  | { name: 'professionals' }
  | { name: 'understand' }
  | { name: 'topic'; code: string }
  | { name: 'about' }
  | { name: 'report'; serviceId?: string };

/** The screen every session starts on, and the one quick exit returns state to. */
export const HOME: Screen = { name: 'home' };

/** The stack after moving forward to `screen`. */
export function pushScreen(stack: readonly Screen[], screen: Screen): Screen[] {
  return [...stack, screen];
}

/** The stack after going back one screen; home stays when there is nowhere to go back to. */
export function popScreen(stack: readonly Screen[]): Screen[] {
  return stack.length > 1 ? stack.slice(0, -1) : [HOME];
}

/** The screen on top of the stack. */
export function currentScreen(stack: readonly Screen[]): Screen {
  return stack[stack.length - 1] ?? HOME;
}
