import type { Db } from './types';

/**
 * Runs `fn` in a transaction (a savepoint when `db` is already one). Inside, use only `tx`:
 * PGlite has one connection, so a query on the outer handle would wait for itself.
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((transaction) => fn(transaction as unknown as Db));
}
