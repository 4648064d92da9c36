import { getDb } from '@/db/client';
import { DOCUMENT_KEY_PURPOSE } from '@/lib/documents/document-token';
import { publicJwks } from '@/lib/signing/keys';

/** Public keys of the document signatures, so anyone can verify a QR payload offline. */
export async function GET() {
  return Response.json(await publicJwks(await getDb(), DOCUMENT_KEY_PURPOSE), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
