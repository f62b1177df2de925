// Part of the first bundle: keep imports minimal. Most people never turn "Remember on this
// device" on, so the first screen checks for it here and loads IndexedDB code only if it is on.

/** The one IndexedDB database Waymark may create, and only when asked to remember. */
export const REMEMBER_DATABASE = 'waymark';

/** Whether "Remember on this device" was turned on earlier: looks without creating anything. */
export async function isRemembering(): Promise<boolean> {
  if (!('indexedDB' in window) || typeof indexedDB.databases !== 'function') return false;
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === REMEMBER_DATABASE);
}
