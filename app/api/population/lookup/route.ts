import { z } from 'zod';
import { getDb } from '@/db/client';
import { lookUpPerson } from '@/lib/applications/person-lookup';
import { currentSession, filerFor } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { errorResponse, errorResponseOf } from '@/lib/error-response';
import { requestLocale } from '@/lib/i18n/server-locale';
import { parsePersonalId } from '@/lib/identity/personal-id';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const name = z.string().regex(/^[a-z][A-Za-z]{0,40}$/);
const query = z.object({ applicationId: z.string().max(64), step: name, field: name, personalId: z.string().max(20), kinship: z.string().max(40).optional() });

/**
 * "Whose is this number?" for a personal ID field of the signed-in person's own editable application:
 * a masked name when the person fits the field (lib/applications/person-lookup.ts), otherwise
 * "not found"; 429 past the per-person limit. A POST, so the numbers stay out of URLs and logs.
 */
export async function POST(request: Request) {
  const locale = await requestLocale();
  const signedIn = await currentSession();
  if (!signedIn) return errorResponseOf('unauthenticated', locale);
  const parsed = query.safeParse(await request.json().catch(() => null));
  const id = parsed.success ? parsePersonalId(parsed.data.personalId) : null;
  if (!parsed.success || !id?.ok) return errorResponseOf('invalidInput', locale);
  // The applicant, or the helper of a draft started at the desk (the look-up counts as the applicant's).
  const session = await filerFor(parsed.data.applicationId, signedIn);
  // People only: an organisation learns about persons through an approved letter, never by look-up.
  if (!session || session.organisationCode) return errorResponseOf('notFound', locale);
  try {
    const found = await lookUpPerson(await getDb(), {
      actorPersonalId: session.personalId,
      ...(session.assistedBy ? { helperUserId: session.assistedBy.helperUserId } : {}),
      applicationId: parsed.data.applicationId,
      step: parsed.data.step,
      field: parsed.data.field,
      personalId: id.value.personalId,
      kinshipValue: parsed.data.kinship,
      now: systemClock(),
    });
    return Response.json(found, { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err, locale, NO_STORE);
  }
}
