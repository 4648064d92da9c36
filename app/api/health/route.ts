import { getConnection } from '@/db/client';
import { checkHealth } from '@/lib/health';

export async function GET() {
  const health = await checkHealth(getConnection);
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
