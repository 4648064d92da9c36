import { getDb } from '@/db/client';
import { cachedStatusList, signedStatusList, STATUS_LIST_CACHE_SECONDS, STATUS_LIST_TYPE } from '@/lib/documents/status-list';
import { env } from '@/lib/env';
import { systemClock } from '@/lib/calendar';

/** Signed at most once a minute per server: each signing reads every issued document. */
const statusList = cachedStatusList(async (now) => signedStatusList(await getDb(), { uri: `${env.appUrl}/api/status-list`, now }));

/**
 * The signed status of every issued document (docs/status-list.md), for verifiers that check QR
 * codes from a cached list: it names no one, only indexes and statuses. A change shows in the list
 * within a minute; the verify page (/verify) reads the live status.
 */
export async function GET() {
  const jwt = await statusList(systemClock());
  return new Response(jwt, { headers: { 'Content-Type': `application/${STATUS_LIST_TYPE}`, 'Cache-Control': `public, max-age=${STATUS_LIST_CACHE_SECONDS}` } });
}
