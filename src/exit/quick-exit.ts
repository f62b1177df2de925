// The early quick-exit script. It is built as its own classic script and loaded before the
// app bundle, so quick exit works when the app bundle throws or never arrives.
// Keep it self-contained: it must not share a chunk with the app (a test checks the build).
import { DECOY_URL } from './decoy';
import { ExitKeyCounter, SHIFT_TIMEOUT_MS, type ExitSignal } from './exit-keys';

const OVERLAY_ID = 'exit-overlay';
const NEUTRAL_TITLE = 'Waymark';

/** Blanks the page at once: overlay, neutral title, in-memory state dropped. */
function blankPage(): void {
  showOverlay();
  document.title = NEUTRAL_TITLE;
  // Synchronous: the app's listener clears its in-memory state before anything else happens.
  document.dispatchEvent(new Event('waymark:exit'));
}

/** Leaves at once: blank the page, then replace this history entry with the decoy. */
function quickExit(): void {
  blankPage();
  location.replace(DECOY_URL);
}

function showOverlay(): void {
  if (document.getElementById(OVERLAY_ID)) return;
  const overlay = document.createElement('div');
  overlay.id = OVERLAY_ID;
  overlay.setAttribute('role', 'alert');
  overlay.textContent = 'Loading.';
  // Set through the CSSOM, not a stylesheet: the overlay must cover the page even when the
  // stylesheet failed to load, and CSSOM writes are allowed under our style-src CSP.
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483647',
    background: '#ffffff',
    color: '#444444',
  });
  document.body.append(overlay);
}

function removeOverlay(): void {
  document.getElementById(OVERLAY_ID)?.remove();
}

function announce(key: 'two' | 'one' | 'expired'): void {
  const status = document.getElementById('exit-status');
  if (!status) return;
  // Texts live on the element so the app can translate them; English is the fallback.
  const fallback = { two: 'Press Shift 2 more times to exit.', one: 'Press Shift 1 more time to exit.', expired: 'Quick exit cancelled.' };
  status.textContent = status.dataset[key] ?? fallback[key];
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

const counter = new ExitKeyCounter();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

function handle(signal: ExitSignal): void {
  switch (signal.kind) {
    case 'exit':
      clearTimeout(expiryTimer);
      quickExit();
      return;
    case 'progress':
      announce(signal.remaining === 1 ? 'one' : 'two');
      clearTimeout(expiryTimer);
      expiryTimer = setTimeout(() => {
        if (counter.expire(performance.now())) announce('expired');
      }, SHIFT_TIMEOUT_MS);
      return;
    case 'reset':
      clearTimeout(expiryTimer);
      return;
    case 'none':
      return;
  }
}

// Capture phase on window: runs before any app handler can stop the event.
window.addEventListener(
  'keydown',
  (event) => handle(counter.keyDown({ ...pickKeys(event), inTextField: isTextField(event.target) }, performance.now())),
  true,
);
window.addEventListener('keyup', (event) => handle(counter.keyUp(event, performance.now())), true);

function pickKeys(event: KeyboardEvent) {
  return { key: event.key, repeat: event.repeat, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey };
}

// Any link marked data-exit leaves with replace(), so the app's page does not stay in history.
// Without JavaScript the same links still navigate to the decoy.
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-exit]') : null;
    if (!link) return;
    event.preventDefault();
    quickExit();
  },
  true,
);

// Restored from the back/forward cache: take the overlay away so the page is usable again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) removeOverlay();
});

window.waymarkExit = quickExit;
window.waymarkBlank = blankPage;
