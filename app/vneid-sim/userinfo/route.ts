import { getDb } from '@/db/client';
import { userinfo } from '@/lib/vneid-sim/protocol';
import { notFoundResponse, simulatorClient } from '@/lib/vneid-sim';

export async function GET(request: Request) {
  const client = simulatorClient();
  if (!client) return notFoundResponse();
  const claims = await userinfo(await getDb(), client, request.headers.get('authorization'), new Date());
  return claims
    ? Response.json(claims, { headers: { 'Cache-Control': 'no-store' } })
    : Response.json({ error: 'invalid_token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
}
