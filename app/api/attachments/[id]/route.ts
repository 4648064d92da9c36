import { getDb } from '@/db/client';
import { readAttachment, removeAttachment } from '@/lib/applications/attachments';
import { citizen, office } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { errorResponse } from '@/lib/error-response';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';

const notFound = () => Response.json({ error: 'notFound' }, { status: 404 });

/** The file, to its applicant or to officers of the application's registry; to anyone else "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [c, o] = await Promise.all([citizen(), office()]);
  const viewer = c ? { partyPersonalId: c.personalId, organisationCode: c.organisationCode } : o?.registryCode ? { registryCode: o.registryCode } : null;
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
  const c = await citizen();
  if (!c) return notFound();
  try {
    await removeAttachment(await getDb(), fileStorage(), { attachmentId: id, personalId: c.personalId, organisationCode: c.organisationCode, now: systemClock() });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}
