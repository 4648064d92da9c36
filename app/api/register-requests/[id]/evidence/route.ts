import { getDb } from '@/db/client';
import { currentSession, officeFrom } from '@/lib/auth';
import { evidenceOf } from '@/lib/civil-status/changes';
import { errorResponse } from '@/lib/error-response';
import { privateFileResponse } from '@/lib/private-file';
import { fileStorage } from '@/lib/files';
import { requestLocale } from '@/lib/i18n/server-locale';

/**
 * The judgment, decision or evidence of a request to change the register: to the ministry's
 * database manager who decides it and to the officers of the registry that filed it; to anyone
 * else "not found".
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const office = await officeFrom(await currentSession());
  if (!office) return Response.json({ error: 'notFound' }, { status: 404 });
  try {
    const file = await evidenceOf(await getDb(), { userId: office.userId, requestId: id }, { storage: fileStorage() });
    return privateFileResponse(file.body, { type: file.type, name: file.name });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}
