/*
 * The few error codes a use case may raise. Each maps to an HTTP status and to a message in both
 * languages (messages `errors.codes.*`), so users see what went wrong, never a stack trace.
 */
export const ERROR_CODES = ['notFound', 'illegalTransition', 'invalidInput', 'conflict', 'registryNotOnline', 'procedureUnavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  notFound: 404,
  illegalTransition: 409,
  invalidInput: 400,
  conflict: 409,
  registryNotOnline: 409,
  procedureUnavailable: 404,
};

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
