import { simulatorJwks } from '@/lib/vneid-sim/protocol';
import { notFoundResponse, simulatorClient } from '@/lib/vneid-sim';

/** The simulator's public keys. Reads them, never makes one (decision 0010). */
export async function GET() {
  if (!simulatorClient()) return notFoundResponse();
  return Response.json(await simulatorJwks());
}
