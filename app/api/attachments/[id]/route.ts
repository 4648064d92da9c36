import { getDb } from '@/db/client';
import { readAttachment, removeAttachment } from '@/lib/applications/attachments';
import { citizen, filerFor, office } from '@/lib/auth';
import { can } from '@/lib/auth/permissions';
import { selectApplicationIdOfAttachment } from '@/db/queries/attachments';
import { systemClock } from '@/lib/calendar';
import { errorResponse } from '@/lib/error-response';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';

const notFound = () => Response.json({ error: 'notFound' }, { status: 404 });

/**
 * The helper of a draft started at the desk, for that draft's files only: the applicant's scope,
 * once the attachment's application is known to be one the helper may still work on.
 */
async function helperScope(attachmentId: string) {
  const applicationId = await selectApplicationIdOfAttachment(await getDb(), attachmentId);
  const filer = applicationId ? await filerFor(applicationId) : null;
  return filer?.assistedBy ? { applicantPersonalId: filer.personalId, organisationCode: null } : null;
}

/** The file, to its applicant, its helper while a draft, or officers of the application's registry; to anyone else "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [c, o] = await Promise.all([citizen(), office()]);
  // An officer who helps at the desk sees the draft's files as its helper (a registry sees only submitted ones).
  const helping = o && can(o.role, 'application.assist') ? await helperScope(id) : null;
  const viewer = c
    ? { partyPersonalId: c.personalId, organisationCode: c.organisationCode }
    : (helping ?? (o?.registryCode && can(o.role, 'registry.queue.view') ? { registryCode: o.registryCode } : null));
  if (!viewer) return notFound();
  try {
    const file = await readAttachment(await getDb(), fileStorage(), { attachmentId: id, viewer });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        'Content-Type': file.mimeType,
        // Photos open in the viewer; PDFs are downloaded, since scripts inside them survive re-saving.
        'Content-Disposition': `${file.mimeType === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = (await citizen()) ?? (await helperScope(id).then((s) => (s ? { personalId: s.applicantPersonalId, organisationCode: null } : null)));
  if (!c) return notFound();
  try {
    await removeAttachment(await getDb(), fileStorage(), { attachmentId: id, personalId: c.personalId, organisationCode: c.organisationCode, now: systemClock() });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}
