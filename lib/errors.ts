import type { ActionResult } from '@/lib/auth/guards';

/*
 * The few error codes a use case may raise, and what each means to the user: ERROR_TABLE is the one
 * place that maps a code (and the code of a failed server action) to an HTTP status and to a
 * message id in both languages (lib/i18n/messages), with a more precise message where the error
 * gives its reason (`details.reason`). Actions translate errors with `toActionError`, route handlers
 * with `errorResponse` (lib/error-response.ts), so users see what went wrong and what to do, never
 * a stack trace — and never "the status has just changed" for something else.
 */
export const ERROR_CODES = ['notFound', 'illegalTransition', 'invalidInput', 'conflict', 'registryNotOnline', 'procedureUnavailable', 'rateLimited'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The errors a server action answers with (lib/auth/guards.ts). */
export type ActionErrorCode = Extract<ActionResult<never>, { ok: false }>['error'];
/** The same, as a list; the compiler checks it is all of them. */
export const ACTION_ERROR_CODES = ['unauthenticated', 'forbidden', 'invalidInput', 'notFound', 'conflict'] as const satisfies readonly ActionErrorCode[];
const everyActionError: Exclude<ActionErrorCode, (typeof ACTION_ERROR_CODES)[number]> extends never ? true : false = true;
void everyActionError;

export type ErrorEntry = {
  status: number;
  /** Message id (`errors.*` or a domain's own) shown to the user. */
  message: string;
  /** How a server action reports it. */
  action: ActionErrorCode;
  /** Message ids for the reasons the error may give (`details.reason`). */
  reasons?: Readonly<Record<string, string>>;
};

export const ERROR_TABLE = {
  notFound: { status: 404, message: 'errors.notFound', action: 'notFound' },
  /** The workflow refused the action: the application is no longer where the user saw it. */
  illegalTransition: { status: 409, message: 'errors.conflict', action: 'conflict' },
  invalidInput: { status: 400, message: 'errors.invalidInput', action: 'invalidInput' },
  conflict: {
    status: 409,
    message: 'errors.notPossible',
    action: 'conflict',
    reasons: {
      notEditable: 'errors.reasons.notEditable',
      notRequested: 'errors.reasons.notRequested',
      incomplete: 'errors.reasons.incomplete',
      tooManyFiles: 'errors.reasons.tooManyFiles',
      confirmationEnded: 'errors.reasons.confirmationEnded',
      alreadyRegistered: 'errors.alreadyRegistered',
      childAlreadyRegistered: 'errors.reasons.childAlreadyRegistered',
      recordLocked: 'errors.alreadyRegistered',
      personDeceased: 'errors.alreadyRegistered',
      personNotFound: 'errors.reasons.personNotFound',
      personExists: 'errors.reasons.personExists',
      personalIdExhausted: 'errors.reasons.personalIdExhausted',
      personalIdNotIssued: 'errors.reasons.personalIdNotIssued',
      consentPending: 'consent.pending',
      noAppointment: 'errors.noAppointment',
      partyMarried: 'errors.partyMarried',
      partyDead: 'errors.partyDead',
      slotTaken: 'appointment.slotTaken',
      appointmentMovedOnce: 'appointment.movedOnce',
      noFeeDue: 'errors.reasons.noFeeDue',
      notPending: 'errors.reasons.notPending',
      entryNotOfficial: 'errors.reasons.entryNotOfficial',
      notEntitled: 'errors.reasons.notEntitled',
      nothingToSign: 'errors.reasons.nothingToSign',
      notDeleted: 'errors.reasons.notDeleted',
      requestOpen: 'errors.reasons.requestOpen',
      nothingChanges: 'errors.reasons.nothingChanges',
      entryDeleted: 'errors.reasons.entryDeleted',
      nothingToCorrect: 'errors.reasons.nothingToCorrect',
    },
  },
  registryNotOnline: { status: 409, message: 'registry.notOnline', action: 'conflict' },
  procedureUnavailable: { status: 404, message: 'errors.procedureUnavailable', action: 'notFound' },
  rateLimited: { status: 429, message: 'errors.rateLimited', action: 'conflict' },
  unauthenticated: { status: 401, message: 'errors.unauthenticated', action: 'unauthenticated' },
  forbidden: { status: 403, message: 'errors.forbidden', action: 'forbidden' },
} as const satisfies Record<ErrorCode | ActionErrorCode, ErrorEntry>;

export type ConflictReason = keyof (typeof ERROR_TABLE)['conflict']['reasons'];

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

/** What the user is told about an error: its status and message id (the reason's own when it has one). */
export function describeError(err: AppError): { code: ErrorCode; status: number; message: string; action: ActionErrorCode; reason?: string } {
  const entry: ErrorEntry = ERROR_TABLE[err.code];
  const reason = typeof err.details?.reason === 'string' ? err.details.reason : undefined;
  const message = (reason && entry.reasons?.[reason]) || entry.message;
  return { code: err.code, status: entry.status, message, action: entry.action, ...(reason ? { reason } : {}) };
}

export type ActionFailure = { ok: false; error: ActionErrorCode; fieldErrors: Record<string, string[]> };

/**
 * An AppError as a failed server action: its code, the field errors it carries, and its message id
 * as the form-level error (`fieldErrors._`). Anything that is not an AppError is a bug: rethrown.
 */
export function toActionError(err: unknown): ActionFailure {
  if (!(err instanceof AppError)) throw err;
  const described = describeError(err);
  const fields = err.details?.fieldErrors;
  const fieldErrors: Record<string, string[]> = {};
  if (fields && typeof fields === 'object') {
    for (const [name, messages] of Object.entries(fields as Record<string, unknown>)) {
      fieldErrors[name] = (Array.isArray(messages) ? messages : [messages]).map(String);
    }
  }
  return { ok: false, error: described.action, fieldErrors: { ...fieldErrors, _: [described.message] } };
}

/** The message id of a failed action: its form-level message, else its code's. */
export function actionErrorMessage(failure: { error: ActionErrorCode; fieldErrors?: Record<string, string[]> }): string {
  return failure.fieldErrors?._?.[0] ?? ERROR_TABLE[failure.error].message;
}

/** Zod issues as message ids per field path ("child.givenName" → ["validation.required"]). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
  return out;
}
