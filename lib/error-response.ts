import { translate } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';
import { AppError, describeError, ERROR_TABLE, type ActionErrorCode, type ErrorCode } from './errors';

/*
 * Route handlers answer errors from the one table (lib/errors.ts): its status, its code, the
 * reason when given, and the message in the request's language for the client to show.
 */

/** The text of a message id in a language; the id itself when unknown. */
export function messageText(id: string, locale: Locale, values?: Record<string, string | number>): string {
  return translate(locale, id, values);
}

type Body = { error: ErrorCode | ActionErrorCode; reason?: string; message: string };

/** An error as a JSON response; anything but an AppError is a bug and is rethrown. */
export function errorResponse(err: unknown, locale: Locale, headers?: HeadersInit): Response {
  if (!(err instanceof AppError)) throw err;
  const { code, status, message, reason } = describeError(err);
  const body: Body = { error: code, ...(reason ? { reason } : {}), message: messageText(message, locale) };
  const extra = new Headers(headers);
  const retryAfter = err.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') extra.set('Retry-After', String(retryAfter));
  return Response.json(body, { status, headers: extra });
}

/** The answer to a request refused before any use case ran (no session, not allowed). */
export function errorResponseOf(code: ErrorCode | ActionErrorCode, locale: Locale): Response {
  const entry = ERROR_TABLE[code];
  return Response.json({ error: code, message: messageText(entry.message, locale) } satisfies Body, { status: entry.status });
}
