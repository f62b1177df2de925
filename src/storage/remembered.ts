// The only module that touches IndexedDB, and only after the person turns on "Remember on this
// device" (Safety rule 2, README). Until then nothing is opened: opening alone creates a database.
import { openDB, type IDBPDatabase } from 'idb';
import { writingStopped } from './forgetting';
import { REMEMBER_DATABASE, isRemembering } from './is-remembering';

/** What can be remembered: the UI language, the borough and the shortlist. */
export interface Remembered {
  language?: string;
  borough?: string;
  shortlist?: string[];
}

/** Thrown instead of writing once the person is leaving or forgetting. */
export class WritingStoppedError extends Error {
  constructor() {
    super('Waymark is leaving: nothing more is written to this device');
    this.name = 'WritingStoppedError';
  }
}

const STORE = 'settings';
const KEY = 'remembered';

let connection: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  if (writingStopped()) return Promise.reject(new WritingStoppedError());
  connection ??= openDB(REMEMBER_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
    // Another tab is deleting the database (Forget, or Remember turned off): let it.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      connection = undefined;
    },
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/** What was remembered, if the option is on; never creates the database. */
export async function readRemembered(): Promise<Remembered | undefined> {
  if (!(await isRemembering())) return undefined;
  const saved = (await (await open()).get(STORE, KEY)) as Remembered | undefined;
  // A database with nothing saved in it is not a choice to be remembered: remove it.
  if (!saved) await forgetRemembered();
  return saved;
}

/** Saves the choices (this turns the option on). Throws when the browser refuses storage; leaves nothing behind then. */
export async function remember(settings: Remembered): Promise<void> {
  try {
    const database = await open();
    if (writingStopped()) throw new WritingStoppedError();
    await database.put(STORE, settings, KEY);
  } catch (error) {
    if (!(error instanceof WritingStoppedError)) await forgetRemembered().catch(() => undefined);
    throw error;
  }
}

/** Closes the connection (waiting for a write in flight), so the database can be deleted. */
export async function closeRemembered(): Promise<void> {
  const pending = connection;
  connection = undefined;
  const database = await pending?.catch(() => undefined);
  database?.close();
}

/** Turns the option off: deletes everything it saved. */
export async function forgetRemembered(): Promise<void> {
  await closeRemembered();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(REMEMBER_DATABASE);
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete'));
  });
}
