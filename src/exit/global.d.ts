export {};

declare global {
  interface Window {
    /** Quick exit, installed by the early exit script (src/exit/quick-exit.ts). */
    waymarkExit?: () => void;
    /** Blanks the page (overlay, neutral title, state cleared) without leaving; from the same script. */
    waymarkBlank?: () => void;
  }
}
