import { getDb } from '@/db/client';
import { exchangeCode } from '@/lib/vneid-sim/protocol';
import { notFoundResponse, simulatorClient } from '@/lib/vneid-sim';

export async function POST(request: Request) {
  const client = simulatorClient();
  if (!client) return notFoundResponse();
  const form = new URLSearchParams(await request.text());
  const result = await exchangeCode(await getDb(), client, { authorization: request.headers.get('authorization'), form }, new Date());
  const headers = { 'Cache-Control': 'no-store' };
  return result.ok ? Response.json(result.body, { headers }) : Response.json({ error: result.error }, { status: result.status, headers });
}
