import { getDb } from '@/db/client';
import { documentJwks } from '@/lib/documents/document-token';

/** Public keys of the document signatures, so anyone can verify a QR payload offline. Reads keys, never makes one. */
export async function GET() {
  return Response.json(await documentJwks(await getDb()), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
