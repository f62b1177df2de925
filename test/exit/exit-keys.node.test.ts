import { describe, expect, it } from 'vitest';
import { ExitKeyCounter, SHIFT_TIMEOUT_MS, type ExitSignal, type KeyInput } from '../../src/exit/exit-keys.ts';

const key = (name: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: name,
  repeat: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  inTextField: false,
  ...extra,
});

/** Presses and releases Shift at `at` ms; returns the release signal. */
function tapShift(counter: ExitKeyCounter, at: number): ExitSignal {
  counter.keyDown(key('Shift'), at);
  return counter.keyUp({ key: 'Shift' }, at + 50);
}

describe('ExitKeyCounter', () => {
  it('exits on the third clean Shift press, saying how many are left on the way', () => {
    const counter = new ExitKeyCounter();
    expect(tapShift(counter, 0)).toEqual({ kind: 'progress', remaining: 2 });
    expect(tapShift(counter, 200)).toEqual({ kind: 'progress', remaining: 1 });
    expect(tapShift(counter, 400)).toEqual({ kind: 'exit' });
  });

  it('does not count Shift held with another key (Shift+A), and that key resets the run', () => {
    const counter = new ExitKeyCounter();
    tapShift(counter, 0);
    counter.keyDown(key('Shift'), 100);
    expect(counter.keyDown(key('A', { key: 'A' }), 120)).toEqual({ kind: 'reset' });
    expect(counter.keyUp({ key: 'Shift' }, 150)).toEqual({ kind: 'none' });
    expect(tapShift(counter, 300)).toEqual({ kind: 'progress', remaining: 2 });
    expect(tapShift(counter, 500)).toEqual({ kind: 'progress', remaining: 1 });
  });

  it('does not count Shift with Ctrl, Alt or Meta held', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      const counter = new ExitKeyCounter();
      counter.keyDown(key('Shift', { [modifier]: true }), 0);
      expect(counter.keyUp({ key: 'Shift' }, 50)).toEqual({ kind: 'none' });
    }
  });

  it('ignores auto-repeat while Shift is held down', () => {
    const counter = new ExitKeyCounter();
    counter.keyDown(key('Shift'), 0);
    counter.keyDown(key('Shift', { repeat: true }), 30);
    counter.keyDown(key('Shift', { repeat: true }), 60);
    expect(counter.keyUp({ key: 'Shift' }, 90)).toEqual({ kind: 'progress', remaining: 2 });
  });

  it('forgets a run after 5 seconds with no press', () => {
    const counter = new ExitKeyCounter();
    tapShift(counter, 0);
    tapShift(counter, 100);
    expect(counter.expire(100 + SHIFT_TIMEOUT_MS - 100)).toBe(false);
    expect(counter.expire(150 + SHIFT_TIMEOUT_MS)).toBe(true);
    expect(tapShift(counter, 200 + SHIFT_TIMEOUT_MS)).toEqual({ kind: 'progress', remaining: 2 });
  });

  it('starts again when the next press comes after the timeout, even if no timer fired', () => {
    const counter = new ExitKeyCounter();
    tapShift(counter, 0);
    tapShift(counter, 100);
    expect(tapShift(counter, 100 + SHIFT_TIMEOUT_MS + 10)).toEqual({ kind: 'progress', remaining: 2 });
  });

  it('exits on Esc twice within a second outside text fields, not inside them or when slower', () => {
    const counter = new ExitKeyCounter();
    expect(counter.keyDown(key('Escape'), 0)).toEqual({ kind: 'none' });
    expect(counter.keyDown(key('Escape'), 800)).toEqual({ kind: 'exit' });

    const slow = new ExitKeyCounter();
    slow.keyDown(key('Escape'), 0);
    expect(slow.keyDown(key('Escape'), 1200)).toEqual({ kind: 'none' });

    const typing = new ExitKeyCounter();
    typing.keyDown(key('Escape', { inTextField: true }), 0);
    expect(typing.keyDown(key('Escape', { inTextField: true }), 100)).toEqual({ kind: 'none' });
  });

  it('does not exit on Esc, other key, Esc', () => {
    const counter = new ExitKeyCounter();
    counter.keyDown(key('Escape'), 0);
    counter.keyDown(key('x'), 100);
    expect(counter.keyDown(key('Escape'), 200)).toEqual({ kind: 'none' });
  });
});
