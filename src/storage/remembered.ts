// The only module that touches IndexedDB, and only after the person turns on "Remember on this
// device" (DESIGN.md §2 rule 2). Until then nothing is opened: opening alone creates a database.
import { openDB, type IDBPDatabase } from 'idb';
import { REMEMBER_DATABASE, isRemembering } from './is-remembering';

/** What can be remembered: the UI language, the borough and the shortlist. */
export interface Remembered {
  language?: string;
  borough?: string;
  shortlist?: string[];
}

const STORE = 'settings';
const KEY = 'remembered';

let connection: IDBPDatabase | undefined;

async function open(): Promise<IDBPDatabase> {
  connection ??= await openDB(REMEMBER_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return connection;
}

/** What was remembered, if the option is on; never creates the database. */
export async function readRemembered(): Promise<Remembered | undefined> {
  if (!(await isRemembering())) return undefined;
  return (await (await open()).get(STORE, KEY)) as Remembered | undefined;
}

/** Saves the choices (this turns the option on). Throws when the browser refuses storage. */
export async function remember(settings: Remembered): Promise<void> {
  await (await open()).put(STORE, settings, KEY);
}

/** Closes the connection, so the database can be deleted. */
export function closeRemembered(): void {
  connection?.close();
  connection = undefined;
}

/** Turns the option off: deletes everything it saved. */
export async function forgetRemembered(): Promise<void> {
  closeRemembered();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(REMEMBER_DATABASE);
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete'));
  });
}
