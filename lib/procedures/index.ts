import { BIRTH_REGISTRATION } from './birth-registration';
import { DEATH_REGISTRATION } from './death-registration';
import { MARITAL_STATUS_CERTIFICATE } from './marital-status-certificate';
import { MARRIAGE_REGISTRATION } from './marriage-registration';
import { EXTRACT_COPY_REQUEST } from './extract-copy-request';
import { CIVIL_STATUS_CONFIRMATION } from './civil-status-confirmation';
import { ORGANISATION_CONFIRMATION } from './organisation-confirmation';
import { CIVIL_STATUS_AMENDMENT } from './civil-status-amendment';
import type { Procedure } from './contract';
import { AppError } from '@/lib/errors';

/*
 * The procedure registry: `procedureOf(code)` is the only way the engine reaches a procedure. A
 * lint rule (eslint.config.mjs) keeps every file outside lib/procedures/ from importing a
 * procedure's folder.
 */

export type { Procedure } from './contract';

const REGISTRY = new Map<string, Procedure>();

/** Adds a procedure to the registry; the real ones are added below, a test adds its fake one. */
export function registerProcedure(procedure: Procedure): Procedure {
  const existing = REGISTRY.get(procedure.code);
  if (existing && existing !== procedure) throw new Error(`Procedure ${procedure.code} is registered twice`);
  REGISTRY.set(procedure.code, procedure);
  return procedure;
}

registerProcedure(BIRTH_REGISTRATION);
registerProcedure(DEATH_REGISTRATION);
registerProcedure(MARRIAGE_REGISTRATION);
registerProcedure(MARITAL_STATUS_CERTIFICATE);
registerProcedure(EXTRACT_COPY_REQUEST);
registerProcedure(CIVIL_STATUS_CONFIRMATION);
registerProcedure(ORGANISATION_CONFIRMATION);
registerProcedure(CIVIL_STATUS_AMENDMENT);

/** Every procedure registered. */
export function allProcedures(): Procedure[] {
  return [...REGISTRY.values()];
}

/** The procedure of an application or a start request; an unknown code is "procedure unavailable". */
export function procedureOf(code: string): Procedure {
  const procedure = REGISTRY.get(code);
  if (!procedure) throw new AppError('procedureUnavailable', `No procedure ${code}`);
  return procedure;
}

export function isProcedureAvailable(code: string): boolean {
  return REGISTRY.has(code);
}

/** The procedure whose result is a document of this kind (the verify page, "Giấy tờ của tôi"). */
export function procedureOfDocumentKind(kind: string): Procedure | undefined {
  return [...REGISTRY.values()].find((p) => p.document.kind === kind);
}

/** The document an entry of this event type is issued as, when the procedure that registers it is here (birth → its certificate). */
export function documentOfEventType(eventType: string): Procedure['document'] | undefined {
  return [...REGISTRY.values()].find((p) => p.registration.kind === 'entry' && p.registration.eventType === eventType)?.document;
}
