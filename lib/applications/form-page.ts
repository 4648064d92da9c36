import { selectApplication } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { calendar, type Clock } from '@/lib/calendar';
import { AppError } from '@/lib/errors';
import { COMMUNES, PROVINCES } from '@/lib/reference';
import { ETHNICITIES } from '@/lib/reference/ethnicities';
import { registryNameFor } from '@/lib/registries';
import { procedureOf } from '@/lib/procedures';
import { EDITABLE, type Status } from '@/lib/workflow/table';
import { openApplication, type OpenApplication } from './open-application';

/**
 * Everything a page of an e-form needs: the saved answers, or else what the databases suggest,
 * the options of its lists, and where it sits among the pages. The applicant's own only.
 */
export async function loadFormPage(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; clock: Clock }) {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  const open = await openApplication(db, app, calendar.localDate(input.clock()));
  const steps = open.procedure.visiblePages(open.answers, open.ctx);
  return { app, ...open, open, steps, editable: EDITABLE.includes(app.status as Status) };
}

/** The message namespace of the applicant's own application's form (page titles), without loading its context. */
export async function formMessagesOf(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null }): Promise<string | null> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  return app ? procedureOf(app.procedureCode).formFor(app.formVersion).messages : null;
}

/** A page's values: what was saved over what the procedure suggests, with the fixed values on top. */
export function pageValues(open: OpenApplication, page: string, registryCode: string): Record<string, unknown> {
  const { procedure, answers, ctx } = open;
  return { ...procedure.pageDefaults(page, answers, ctx, registryCode), ...procedure.fixedValues(page, answers, ctx) };
}

/**
 * The registries a registry field offers: those the procedure names as competent (either party's
 * commune, for a marriage), else every registry of the province of the one chosen so far.
 */
export function registryOptions(registryCode: string, competent: readonly string[] | null = null) {
  if (competent && competent.length > 0) {
    return COMMUNES.filter((c) => competent.includes(c.code)).map((c) => ({ value: c.code, label: `${registryNameFor(c)}, ${PROVINCES.find((p) => p.code === c.provinceCode)?.fullName ?? ''}` }));
  }
  const province = COMMUNES.find((c) => c.code === registryCode)?.provinceCode;
  return COMMUNES.filter((c) => c.provinceCode === province).map((c) => ({ value: c.code, label: registryNameFor(c) }));
}

export function ethnicityOptions() {
  return ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));
}
