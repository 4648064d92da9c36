import { getDb } from '@/db/client';
import { readAttachment, removeAttachment } from '@/lib/applications/attachments';
import { citizenFrom, currentSession, officeFrom } from '@/lib/auth';
import { assistedDraftFor } from '@/lib/assisted-filing/drafts';
import { can } from '@/lib/auth/permissions';
import { selectApplicationIdOfAttachment } from '@/db/queries/attachments';
import { systemClock } from '@/lib/calendar';
import { errorResponse } from '@/lib/error-response';
import { privateFileResponse } from '@/lib/private-file';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';

const notFound = () => Response.json({ error: 'notFound' }, { status: 404 });

/**
 * The helper of a draft started at the desk, for that draft's files only: the applicant's scope,
 * once the attachment's application is known to be one this helper may still work on.
 */
async function helperScope(attachmentId: string, helperUserId: string) {
  const db = await getDb();
  const applicationId = await selectApplicationIdOfAttachment(db, attachmentId);
  const draft = applicationId ? await assistedDraftFor(db, { applicationId, helperUserId }) : null;
  return draft ? { applicantPersonalId: draft.citizenPersonalId, organisationCode: null } : null;
}

/** The file, to its applicant, its helper while a draft, or officers of the application's registry; to anyone else "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await currentSession();
  const [c, o] = await Promise.all([citizenFrom(session), officeFrom(session)]);
  // An officer who helps at the desk sees the draft's files as its helper (a registry sees only submitted ones).
  const helping = o && can(o.role, 'application.assist') ? await helperScope(id, o.userId) : null;
  const viewer = c
    ? { partyPersonalId: c.personalId, organisationCode: c.organisationCode }
    : (helping ?? (o?.registryCode && can(o.role, 'registry.queue.view') ? { registryCode: o.registryCode } : null));
  if (!viewer) return notFound();
  try {
    const file = await readAttachment(await getDb(), fileStorage(), { attachmentId: id, viewer });
    return privateFileResponse(file.body, { type: file.mimeType, name: file.name, size: file.size });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await currentSession();
  const o = await officeFrom(session);
  const helping = o && can(o.role, 'application.assist') ? await helperScope(id, o.userId) : null;
  const c = (await citizenFrom(session)) ?? (helping && { personalId: helping.applicantPersonalId, organisationCode: null });
  if (!c) return notFound();
  try {
    await removeAttachment(await getDb(), fileStorage(), { attachmentId: id, personalId: c.personalId, organisationCode: c.organisationCode, now: systemClock() });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}
