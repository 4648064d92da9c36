/*
 * What a person typed on a form page, kept on their device (IndexedDB) as they type, so that a
 * lost connection, a reload or a crash loses nothing, and a save that could not reach the server
 * is sent when the connection returns. Browser-only; every call is best effort: where IndexedDB is
 * unavailable (some private modes) the form still works, it just keeps nothing.
 *
 * Shared phones are common: drafts are dropped once saved on the server, all of an application's
 * after its submission, and every draft at sign-out.
 */

const DATABASE = 'hotich-device';
const STORE = 'drafts';

export type DeviceDraft = {
  applicationId: string;
  step: string;
  /** The answers as typed. */
  values: Record<string, unknown>;
  /** The server's answers the typing started from (stableJson), to tell a conflict from a restore. */
  base: string;
  /** "Save and continue" was pressed but the server was not reached: send it when back online. */
  pending: boolean;
  savedAt: number;
};

const keyOf = (applicationId: string, step: string) => `${applicationId}/${step}`;

let opening: Promise<IDBDatabase> | null = null;
function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  try {
    const db = await database();
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } catch {
    return undefined; // nothing kept is better than a form that fails
  }
}

export function readDraft(applicationId: string, step: string): Promise<DeviceDraft | undefined> {
  return run<DeviceDraft>('readonly', (store) => store.get(keyOf(applicationId, step)));
}

export async function keepDraft(draft: DeviceDraft): Promise<void> {
  await run('readwrite', (store) => store.put(draft, keyOf(draft.applicationId, draft.step)));
}

export async function dropDraft(applicationId: string, step: string): Promise<void> {
  await run('readwrite', (store) => store.delete(keyOf(applicationId, step)));
}

/** After submission: nothing of the application stays on the device. */
export async function dropApplicationDrafts(applicationId: string): Promise<void> {
  await run('readwrite', (store) => store.delete(IDBKeyRange.bound(`${applicationId}/`, `${applicationId}/\uffff`)));
}

/** At sign-out. */
export async function dropAllDrafts(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}

/** JSON with sorted keys, so the same answers always compare equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
