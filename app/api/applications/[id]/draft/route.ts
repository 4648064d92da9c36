import { getDb } from '@/db/client';
import { latestReturnedDraft } from '@/lib/applications/timeline';
import { citizen, office } from '@/lib/auth';
import { can } from '@/lib/auth/permissions';
import { procedureOf } from '@/lib/procedures';
import { env } from '@/lib/env';
import { errorResponse } from '@/lib/error-response';
import { requestLocale } from '@/lib/i18n/server-locale';

/** The returned draft as a PDF marked "draft", to its applicant and the registry's officers only, for any procedure. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [c, o] = await Promise.all([citizen(), office()]);
  const scope = c ? { partyPersonalId: c.personalId, organisationCode: c.organisationCode } : o?.registryCode && can(o.role, 'registry.queue.view') ? { registryCode: o.registryCode } : null;
  const notFound = Response.json({ error: 'notFound' }, { status: 404 });
  if (!scope) return notFound;
  try {
    const returned = await latestReturnedDraft(await getDb(), id, scope);
    if (!returned) return notFound;
    const { document } = procedureOf(returned.procedureCode);
    const pdf = await document.render(returned.draft, { verifyUrl: `${env.appUrl}/applications/${id}`, draft: true });
    return new Response(Buffer.from(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="du-thao-${document.fileName}.pdf"`, 'Cache-Control': 'private, no-store' },
    });
  } catch (err) {
    return errorResponse(err, await requestLocale());
  }
}
