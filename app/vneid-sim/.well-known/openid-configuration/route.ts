import { discoveryDocument } from '@/lib/vneid-sim/protocol';
import { notFoundResponse, simulatorClient } from '@/lib/vneid-sim';

export function GET() {
  const client = simulatorClient();
  return client ? Response.json(discoveryDocument(client.issuer)) : notFoundResponse();
}
