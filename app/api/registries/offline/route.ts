import { getDb } from '@/db/client';
import { listOfflineRegistries } from '@/lib/registries';

/** The public list of Circular 01/2022 Art. 5(2) as JSON: no sign-in, cacheable for a minute. */
export async function GET() {
  const provinces = await listOfflineRegistries(await getDb());
  return Response.json(
    { legalBasis: 'Circular 01/2022/TT-BTP, Art. 5(2)', provinces },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
