import type { ApplicationRow } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { procedureOf, type Procedure } from '@/lib/procedures';
import type { Answers, BaseContext } from '@/lib/procedures/contract';

export type OpenApplication = { procedure: Procedure; answers: Answers; ctx: BaseContext };

/**
 * An application as its procedure reads it: the answers parsed with the schemas of the form
 * version it was filed on, and the context the procedure loads from the databases as of `today`.
 */
export async function openApplication(db: Db, app: Pick<ApplicationRow, 'procedureCode' | 'formVersion' | 'answers' | 'applicantPersonalId' | 'organisationCode'>, today: string): Promise<OpenApplication> {
  const procedure = procedureOf(app.procedureCode);
  const answers = procedure.parseAnswers(app.answers, app.formVersion);
  const ctx = await procedure.loadContext(db, { answers, applicantPersonalId: app.applicantPersonalId, organisationCode: app.organisationCode, today });
  return { procedure, answers, ctx };
}

/** The next page after `current` among those shown, or check-your-answers. */
export function nextPage(open: OpenApplication, current: string): string {
  const pages = open.procedure.visiblePages(open.answers, open.ctx);
  return pages[pages.indexOf(current) + 1] ?? 'review';
}

/** The first page not yet answered: where "continue" takes a returning applicant. */
export function firstUnanswered(open: OpenApplication): string {
  return open.procedure.visiblePages(open.answers, open.ctx).find((p) => open.answers[p] === undefined) ?? 'review';
}
