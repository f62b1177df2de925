// Whether the person is leaving (quick exit or Forget this device). Once set, nothing may be
// written to the device again in this page: the app's reset on exit must not save the emptied
// state, and Forget must not find a database re-created behind it.

let leaving = false;

/** Stops every write to the device for the rest of this page's life. */
export function stopWriting(): void {
  leaving = true;
}

/** True once the person chose to leave or to forget: writers must do nothing. */
export function writingStopped(): boolean {
  return leaving;
}
