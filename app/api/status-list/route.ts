import { getDb } from '@/db/client';
import { signedStatusList, STATUS_LIST_TYPE } from '@/lib/documents/status-list';
import { env } from '@/lib/env';
import { systemClock } from '@/lib/calendar';

/**
 * The signed status of every issued document (docs/status-list.md), for verifiers that check QR
 * codes from a cached list: it names no one, only indexes and statuses.
 */
export async function GET() {
  const jwt = await signedStatusList(await getDb(), { uri: `${env.appUrl}/api/status-list`, now: systemClock() });
  return new Response(jwt, { headers: { 'Content-Type': `application/${STATUS_LIST_TYPE}`, 'Cache-Control': 'public, max-age=300' } });
}
