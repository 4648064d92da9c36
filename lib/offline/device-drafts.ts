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
/** Files chosen while offline, waiting to be uploaded (components/form/file-dropzone.tsx). */
const UPLOADS = 'uploads';
const VERSION = 2;

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
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      for (const name of [STORE, UPLOADS]) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void, storeName: string = STORE): Promise<T | undefined> {
  try {
    const db = await database();
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = work(tx.objectStore(storeName));
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

/** An application's pages whose "Save and continue" is waiting for the connection, oldest first. */
export async function pendingDrafts(applicationId: string): Promise<DeviceDraft[]> {
  const all = (await run<DeviceDraft[]>('readonly', (store) => store.getAll(IDBKeyRange.bound(`${applicationId}/`, `${applicationId}/\uffff`)) as IDBRequest<DeviceDraft[]>)) ?? [];
  return all.filter((d) => d.pending).sort((a, b) => a.savedAt - b.savedAt);
}

export async function dropDraft(applicationId: string, step: string): Promise<void> {
  await run('readwrite', (store) => store.delete(keyOf(applicationId, step)));
}

/** After submission: nothing of the application stays on the device. */
export async function dropApplicationDrafts(applicationId: string): Promise<void> {
  const range = IDBKeyRange.bound(`${applicationId}/`, `${applicationId}/\uffff`);
  await run('readwrite', (store) => store.delete(range));
  await run('readwrite', (store) => store.delete(range), UPLOADS);
}

/** At sign-out: drafts and files waiting to go. */
export async function dropAllDrafts(): Promise<void> {
  await run('readwrite', (store) => store.clear());
  await run('readwrite', (store) => store.clear(), UPLOADS);
}

/** A file chosen offline for one document kind of an application, kept until it is uploaded. */
export type QueuedUpload = { applicationId: string; kind: string; key: string; name: string; type: string; blob: Blob; queuedAt: number };

const uploadKey = (u: Pick<QueuedUpload, 'applicationId' | 'kind' | 'key'>) => `${u.applicationId}/${u.kind}/${u.key}`;

export async function queueUpload(upload: QueuedUpload): Promise<void> {
  await run('readwrite', (store) => store.put(upload, uploadKey(upload)), UPLOADS);
}

export async function queuedUploads(applicationId: string, kind: string): Promise<QueuedUpload[]> {
  const prefix = `${applicationId}/${kind}/`;
  return (await run<QueuedUpload[]>('readonly', (store) => store.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`)) as IDBRequest<QueuedUpload[]>, UPLOADS)) ?? [];
}

export async function dropQueuedUpload(upload: Pick<QueuedUpload, 'applicationId' | 'kind' | 'key'>): Promise<void> {
  await run('readwrite', (store) => store.delete(uploadKey(upload)), UPLOADS);
}

/** JSON with sorted keys, so the same answers always compare equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
