/*
 * P2 (issue 11): a signed-in citizen page (/applications) and the office queue (/office), requests
 * per second at 50 concurrent connections (autocannon, loopback), each beside /api/whoami with the
 * same session cookie in the same build and run: a route handler that checks the session as those
 * pages do (the proxy's auth, then the guards) and answers only the role.
 */
import autocannon from 'autocannon';

export type P2Figure = { what: string; path: string; who: string; rps: number; p50: number; p97_5: number; requests: number; non2xx: number; errors: number; bytes: number };

export const P2_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);

export async function load(base: string, path: string, cookie: string | null, seconds = P2_SECONDS, connections = 50) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // A short warm-up, not counted: the route's first compilation and caches.
  await autocannon({ url: `${base}${path}`, connections: 5, duration: 2, headers });
  const r = await autocannon({ url: `${base}${path}`, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, bytes: r.throughput.total / Math.max(1, r.requests.total) };
}

export async function p2Pages(base: string, cookies: { citizen: string; officer: string }): Promise<P2Figure[]> {
  const targets = [
    { what: 'baseline: session check only', path: '/api/whoami', who: 'citizen' as const },
    { what: 'citizen: my applications', path: '/applications', who: 'citizen' as const },
    { what: 'baseline: session check only', path: '/api/whoami', who: 'officer' as const },
    { what: 'office: dashboard and queue', path: '/office', who: 'officer' as const },
  ];
  const out: P2Figure[] = [];
  for (const t of targets) {
    console.error(`[P2] ${t.path} as ${t.who}, 50 connections, ${P2_SECONDS} s`);
    const r = await load(base, t.path, cookies[t.who]);
    out.push({ ...t, ...r });
  }
  return out;
}
