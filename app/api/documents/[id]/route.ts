import { getDb } from '@/db/client';
import { documentPdfForCitizen } from '@/lib/applications/documents-of-citizen';
import { citizen } from '@/lib/auth';
import { fileStorage } from '@/lib/files';
import { isUuid } from '@/lib/uuid';

/** The issued PDF, to the holder and to the applicant who asked for it; anyone else: not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await citizen();
  const file = c && isUuid(id) ? await documentPdfForCitizen(await getDb(), { documentId: id, personalId: c.personalId, organisationCode: c.organisationCode, storage: fileStorage() }) : null;
  if (!file) return Response.json({ error: 'notFound' }, { status: 404 });
  return new Response(file.body, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${file.fileName}"`, 'Cache-Control': 'private, no-store' },
  });
}
