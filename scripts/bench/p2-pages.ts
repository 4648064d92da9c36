/*
 * P2 (issue 11): a signed-in citizen page (/applications) and the office queue (/office), requests
 * per second at 50 concurrent connections (autocannon, loopback), each beside the baseline
 * with the same session cookie in the same build and run: /session, a minimal page with the same
 * session check (the proxy's auth, then the guards) that shows only who is signed in, inside the
 * same root layout. /api/whoami, the same check in a route handler with no page around it, is
 * measured beside them as a stricter reference.
 */
import autocannon from 'autocannon';

export type P2Figure = { what: string; path: string; who: string; ratios: number[]; routeRatios: number[]; rps: number; p50: number; p97_5: number; requests: number; non2xx: number; errors: number; bytes: number };

export const P2_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);

export async function load(base: string, path: string, cookie: string | null, seconds = P2_SECONDS, connections = 50) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // A short warm-up, not counted: the route's first compilation and caches.
  await autocannon({ url: `${base}${path}`, connections: 5, duration: 2, headers });
  const r = await autocannon({ url: `${base}${path}`, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, bytes: r.throughput.total / Math.max(1, r.requests.total) };
}

/** Rounds of each pair (baseline, page), alternating: the machine's drift falls on both sides of each ratio. */
export const P2_ROUNDS = Number(process.env.BENCH_P2_ROUNDS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each page beside its baseline in alternating rounds (baseline, page, baseline, page, …): one
 * round's ratio compares two figures measured seconds apart, and the table gives the median
 * round (its ratio, and the figures of that round), with every round's ratio beside it. A single
 * pair measured once moved by ±30 % between runs on this shared machine.
 */
export const P2_BASELINE = '/session';
export const P2_ROUTE = '/api/whoami';

export async function p2Pages(base: string, cookies: { citizen: string; officer: string }): Promise<P2Figure[]> {
  const pairs = [
    { who: 'citizen' as const, page: { what: 'citizen: my applications', path: '/applications' } },
    { who: 'officer' as const, page: { what: 'office: dashboard and queue', path: '/office' } },
  ];
  type Load = Awaited<ReturnType<typeof load>>;
  const out: P2Figure[] = [];
  for (const pair of pairs) {
    const rounds: { baseline: Load; route: Load; page: Load; ratio: number; routeRatio: number }[] = [];
    for (let round = 1; round <= P2_ROUNDS; round++) {
      console.error(`[P2] round ${round}/${P2_ROUNDS}: ${P2_BASELINE}, ${P2_ROUTE} and ${pair.page.path} as ${pair.who}, 50 connections, ${P2_SECONDS} s each`);
      const baseline = await load(base, P2_BASELINE, cookies[pair.who]);
      const route = await load(base, P2_ROUTE, cookies[pair.who]);
      const page = await load(base, pair.page.path, cookies[pair.who]);
      rounds.push({ baseline, route, page, ratio: page.rps / baseline.rps, routeRatio: page.rps / route.rps });
    }
    const middle = rounds.find((r) => r.ratio === median(rounds.map((x) => x.ratio)))!;
    const ratios = rounds.map((r) => r.ratio);
    const routeRatios = rounds.map((r) => r.routeRatio);
    out.push({ what: 'baseline: a minimal page with the session check', path: P2_BASELINE, who: pair.who, ...middle.baseline, ratios, routeRatios });
    out.push({ what: 'reference: the session check in a route handler', path: P2_ROUTE, who: pair.who, ...middle.route, ratios, routeRatios });
    out.push({ ...pair.page, who: pair.who, ...middle.page, ratios, routeRatios });
  }
  return out;
}
