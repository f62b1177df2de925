// Pure key-sequence logic for quick exit. Bundled into the early exit script only:
// no DOM, no imports, so it can be tested in Node and stays tiny.

/** Shift presses needed to exit. */
export const SHIFT_PRESSES_TO_EXIT = 3;
/** A run of Shift presses is forgotten after this long without a press. */
export const SHIFT_TIMEOUT_MS = 5000;
/** Two Esc presses within this window exit (outside text fields). */
export const ESC_WINDOW_MS = 1000;

/** What a key event means for quick exit. */
export type ExitSignal =
  | { kind: 'none' }
  | { kind: 'progress'; remaining: number }
  | { kind: 'reset' }
  | { kind: 'exit' };

/** The minimum of a KeyboardEvent the counter needs. */
export interface KeyInput {
  key: string;
  repeat: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** True when focus is in a text field, where Esc belongs to the field. */
  inTextField: boolean;
}

/** Counts Shift and Esc presses; a Shift press counts only when no other key is held with it. */
export class ExitKeyCounter {
  private shiftCount = 0;
  private shiftDown = false;
  private chorded = false;
  private lastShiftAt = -Infinity;
  private lastEscAt = -Infinity;

  /** Feed a keydown event; `now` is a millisecond clock. */
  keyDown(event: KeyInput, now: number): ExitSignal {
    if (event.key === 'Shift') {
      if (event.repeat) return { kind: 'none' };
      this.expireIfStale(now);
      this.shiftDown = true;
      this.chorded = event.ctrlKey || event.altKey || event.metaKey;
      return { kind: 'none' };
    }
    const hadProgress = this.shiftCount > 0;
    this.shiftCount = 0;
    if (this.shiftDown) this.chorded = true;
    if (event.key === 'Escape' && !event.inTextField && !event.ctrlKey && !event.altKey && !event.metaKey) {
      const isSecond = now - this.lastEscAt <= ESC_WINDOW_MS;
      this.lastEscAt = isSecond ? -Infinity : now;
      if (isSecond) return { kind: 'exit' };
    } else {
      this.lastEscAt = -Infinity;
    }
    return hadProgress ? { kind: 'reset' } : { kind: 'none' };
  }

  /** Feed a keyup event; a clean Shift release counts as one press. */
  keyUp(event: Pick<KeyInput, 'key'>, now: number): ExitSignal {
    if (event.key !== 'Shift' || !this.shiftDown) return { kind: 'none' };
    this.shiftDown = false;
    if (this.chorded) {
      this.chorded = false;
      return { kind: 'none' };
    }
    this.expireIfStale(now);
    this.shiftCount += 1;
    this.lastShiftAt = now;
    const remaining = SHIFT_PRESSES_TO_EXIT - this.shiftCount;
    if (remaining <= 0) {
      this.shiftCount = 0;
      return { kind: 'exit' };
    }
    return { kind: 'progress', remaining };
  }

  /** Called by a timer SHIFT_TIMEOUT_MS after a press; says whether a pending run expired. */
  expire(now: number): boolean {
    if (this.shiftCount === 0 || now - this.lastShiftAt < SHIFT_TIMEOUT_MS) return false;
    this.shiftCount = 0;
    return true;
  }

  private expireIfStale(now: number): void {
    if (now - this.lastShiftAt >= SHIFT_TIMEOUT_MS) this.shiftCount = 0;
  }
}
