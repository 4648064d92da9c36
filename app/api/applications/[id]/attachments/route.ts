import { getDb } from '@/db/client';
import { uploadAttachment } from '@/lib/applications/attachments';
import { citizen } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { isAppError } from '@/lib/errors';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';
import { uploadErrorMessage } from '@/lib/uploads/messages';
import { UPLOAD_POLICY } from '@/lib/uploads/policy';

const TOO_MANY = { vi: 'Mỗi hồ sơ đính kèm tối đa 10 tệp. Hãy xóa bớt tệp không cần thiết.', en: 'An application can have at most 10 files. Remove a file you do not need.' };
const NOT_EDITABLE = { vi: 'Hồ sơ đã nộp, không thể đính kèm thêm.', en: 'The application has been submitted; files can no longer be added.' };

/** Upload of one attachment (multipart field "file"), checked and stored at once. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await citizen();
  if (!session) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const [{ id }, locale] = await Promise.all([params, requestLocale()]);
  const kind = new URL(request.url).searchParams.get('kind');
  if (!kind || !/^[a-z][A-Za-z]{0,40}$/.test(kind)) return Response.json({ error: 'invalidInput' }, { status: 400 });
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
    const message = result.error === 'tooManyFiles' ? TOO_MANY[locale] : uploadErrorMessage(result.error, locale, 'detail' in result ? result.detail : undefined);
    return Response.json({ error: result.error, message }, { status: 422 });
  } catch (err) {
    if (isAppError(err, 'notFound')) return Response.json({ error: 'notFound' }, { status: 404 });
    // A kind the application's procedure does not have.
    if (isAppError(err, 'invalidInput')) return Response.json({ error: 'invalidInput' }, { status: 400 });
    if (isAppError(err, 'conflict')) return Response.json({ error: 'conflict', message: NOT_EDITABLE[locale] }, { status: 409 });
    throw err;
  }
}
