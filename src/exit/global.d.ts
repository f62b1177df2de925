export {};

declare global {
  interface Window {
    /** Quick exit, installed by the early exit script (src/exit/quick-exit.ts). */
    waymarkExit?: () => void;
  }
}
