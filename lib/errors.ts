/*
 * The few error codes a use case may raise. Actions and route handlers translate them into a
 * status and a message in both languages (`errors.*`), so users see what went wrong and what to
 * do, never a stack trace.
 */
export type ErrorCode = 'notFound' | 'illegalTransition' | 'invalidInput' | 'conflict' | 'registryNotOnline' | 'procedureUnavailable';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** Zod issues as message ids per field path ("child.givenName" → ["validation.required"]). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
  return out;
}
