// If the early exit script did not load (blocked, or a failed download), the app still makes the
// Exit links replace this page instead of adding to history. Part of the first bundle: tiny, and
// it reads the decoy from the link itself so the exit script keeps the decoy constant to itself.

/** Makes Exit links leave with location.replace when the early exit script is missing. */
export function installExitFallback(): void {
  if (window.waymarkExit) return;
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-exit]') : null;
      if (!link) return;
      event.preventDefault();
      document.body.replaceChildren();
      document.title = 'Waymark';
      location.replace(link.href);
    },
    true,
  );
}
