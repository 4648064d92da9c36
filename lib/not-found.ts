import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from './errors';

/** For pages: a use case's "not found" becomes the 404 page; anything else is a real error. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (isAppError(err, 'notFound')) notFound();
    throw err;
  }
}
