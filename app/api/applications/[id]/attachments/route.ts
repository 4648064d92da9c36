import { getDb } from '@/db/client';
import { uploadAttachment } from '@/lib/applications/attachments';
import { currentSession, filerFor } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { errorResponse, errorResponseOf, messageText } from '@/lib/error-response';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';
import { uploadErrorMessage } from '@/lib/uploads/messages';
import { UPLOAD_POLICY } from '@/lib/uploads/policy';


/** Upload of one attachment (multipart field "file"), checked and stored at once. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, locale] = await Promise.all([params, requestLocale()]);
  const signedIn = await currentSession();
  if (!signedIn) return errorResponseOf('unauthenticated', locale);
  // Its applicant, or the helper of a draft started at the desk; anyone else: "not found".
  const session = await filerFor(id, signedIn);
  if (!session) return errorResponseOf('notFound', locale);
  const kind = new URL(request.url).searchParams.get('kind');
  if (!kind || !/^[a-z][A-Za-z]{0,40}$/.test(kind)) return errorResponseOf('invalidInput', locale);
  // The body is read into memory, so its size must be known and bounded before reading it.
  const length = request.headers.get('content-length');
  if (!length) return Response.json({ error: 'lengthRequired' }, { status: 411 });
  if (Number(length) > UPLOAD_POLICY.maxBytes + 64 * 1024) {
    return Response.json({ error: 'tooLarge', message: uploadErrorMessage('tooLarge', locale) }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return Response.json({ error: 'empty', message: uploadErrorMessage('empty', locale) }, { status: 400 });
  if (file.size > UPLOAD_POLICY.maxBytes) return Response.json({ error: 'tooLarge', message: uploadErrorMessage('tooLarge', locale) }, { status: 413 });
  try {
    const result = await uploadAttachment(await getDb(), fileStorage(), {
      applicationId: id,
      personalId: session.personalId, organisationCode: session.organisationCode,
      kind,
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      now: systemClock(),
    });
    if (result.ok) return Response.json(result.attachment, { status: 201 });
    const message = result.error === 'tooManyFiles' ? messageText('errors.reasons.tooManyFiles', locale) : uploadErrorMessage(result.error, locale, 'detail' in result ? result.detail : undefined);
    return Response.json({ error: result.error, message }, { status: 422 });
  } catch (err) {
    // Not hers; a kind the application's procedure does not have; no longer editable.
    return errorResponse(err, locale);
  }
}
