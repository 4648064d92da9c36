import { getDb } from '@/db/client';
import { publicJwks } from '@/lib/signing/keys';
import { SIM_KEY_PURPOSE } from '@/lib/vneid-sim/protocol';
import { notFoundResponse, simulatorClient } from '@/lib/vneid-sim';

export async function GET() {
  if (!simulatorClient()) return notFoundResponse();
  return Response.json(await publicJwks(await getDb(), SIM_KEY_PURPOSE));
}
