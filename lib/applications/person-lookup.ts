import { selectApplication } from '@/db/queries/applications';
import { countPopulationLookupsSince, insertPopulationLookup, lockPopulationLookupsOf } from '@/db/queries/population-lookups';
import type { PopulationLookupOutcome } from '@/db/schema/population-lookups';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError } from '@/lib/errors';
import { population } from '@/lib/population';
import { isUuid } from '@/lib/uuid';
import { procedureOf } from '@/lib/procedures';
import { KINSHIPS, pageOf, type Answers, type FieldDef, type Kinship } from '@/lib/procedures/form-types';
import { EDITABLE, type Status } from '@/lib/workflow/table';
import { maskName, personFits } from './person-lookup-rules';

/*
 * "Whose is this number?" for a personal ID field of the applicant's own e-form, while she can still
 * edit it. The answer is a masked name, and only for a person who fits the part the field is for
 * (./person-lookup-rules.ts); every other case is "not found". Each person may look up a limited
 * number of times in a sliding window, counted in the database (so it holds across instances),
 * and every look-up is logged in the append-only `population_lookups`.
 */

export const LOOKUP_LIMIT = { count: 30, windowMs: 10 * 60_000 } as const;

export type PersonLookupInput = {
  /** The signed-in person (a person acting for themselves; organisations do not look people up). */
  actorPersonalId: string;
  /** The helper filling the citizen's draft at the desk, when it is not the citizen: logged beside them. */
  helperUserId?: string;
  applicationId: string;
  /** The page and field being filled. */
  step: string;
  field: string;
  personalId: string;
  /** The current, unsaved value of the field on the same page where the applicant says what the person is to her. */
  kinshipValue?: string;
  now: Date;
};

type Judgement = { outcome: PopulationLookupOutcome; role?: string; maskedName?: string };

/** The masked name of the person, or AppError `notFound` (for any reason) or `rateLimited`. */
export async function lookUpPerson(db: Db, input: PersonLookupInput, limit: { count: number; windowMs: number } = LOOKUP_LIMIT): Promise<{ maskedName: string }> {
  const judged = await db.transaction(async (tx) => {
    await lockPopulationLookupsOf(tx, input.actorPersonalId);
    const recent = await countPopulationLookupsSince(tx, input.actorPersonalId, new Date(input.now.getTime() - limit.windowMs));
    const judgement: Judgement & { retryAfterSeconds?: number } =
      recent.count >= limit.count
        ? { outcome: 'rateLimited', retryAfterSeconds: Math.max(1, Math.ceil(((recent.earliest?.getTime() ?? input.now.getTime()) + limit.windowMs - input.now.getTime()) / 1000)) }
        : await judge(tx, input);
    await insertPopulationLookup(tx, {
      at: input.now,
      actorPersonalId: input.actorPersonalId,
      helperUserId: input.helperUserId ?? null,
      applicationId: isUuid(input.applicationId) ? input.applicationId : null,
      step: input.step.slice(0, 60),
      field: input.field.slice(0, 60),
      role: judgement.role ?? null,
      lookedUpPersonalId: input.personalId,
      outcome: judgement.outcome,
    });
    return judgement;
  });
  if (judged.outcome === 'rateLimited') throw new AppError('rateLimited', 'Too many look-ups', { retryAfterSeconds: judged.retryAfterSeconds });
  if (judged.outcome !== 'found' || !judged.maskedName) throw new AppError('notFound');
  return { maskedName: judged.maskedName };
}

async function judge(db: Db, input: PersonLookupInput): Promise<Judgement> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.actorPersonalId, organisationCode: null });
  if (!app || !EDITABLE.includes(app.status as Status)) return { outcome: 'applicationNotFound' };
  const procedure = procedureOf(app.procedureCode);
  const field = pageOf(procedure.formFor(app.formVersion), input.step)?.fields.find((f) => f.name === input.field);
  const lookup = field?.kind === 'personalId' ? field.lookup : undefined;
  if (!lookup) return { outcome: 'fieldNotFound' };

  const pop = population(db);
  const [person, applicant] = await Promise.all([pop.findPerson(input.personalId), pop.findPerson(app.applicantPersonalId)]);
  if (!person || !applicant) return { outcome: 'unknown', role: lookup.role };
  const answers = procedure.parseAnswers(app.answers, app.formVersion);
  const bornOn = lookup.childBornOn ? answerAt(answers, lookup.childBornOn) : undefined;
  const facts = {
    person,
    applicant,
    today: calendar.localDate(input.now),
    childBornOn: typeof bornOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(bornOn) ? bornOn : null,
    kinship: kinshipOf(field!, answers, input),
  };
  return personFits(lookup.role, facts) ? { outcome: 'found', role: lookup.role, maskedName: maskName(person) } : { outcome: 'inconsistent', role: lookup.role };
}

function answerAt(answers: Answers, path: string): unknown {
  const [page, name] = path.split('.') as [string, string];
  return (answers[page] as Record<string, unknown> | undefined)?.[name];
}

/** What the applicant said the person is to her: on the field's own page as she is typing it, else as saved. */
function kinshipOf(field: FieldDef, answers: Answers, input: PersonLookupInput): Kinship | null {
  const declared = field.lookup?.kinship;
  if (!declared) return null;
  const samePage = declared.from.split('.')[0] === input.step;
  const value = samePage && input.kinshipValue !== undefined ? input.kinshipValue : answerAt(answers, declared.from);
  const kinship = typeof value === 'string' ? declared.values[value] : undefined;
  return kinship && (KINSHIPS as readonly string[]).includes(kinship) ? kinship : null;
}
