import { citizenFrom, currentSession, officeFrom } from '@/lib/auth';

/**
 * The signed-in person's role, and nothing else about them: `{ role }`, or 401 when nobody is
 * signed in. The session is checked as the pages check it (the proxy's auth, then the guards,
 * which re-read an office account and a representative's organisation). `npm run bench` measures
 * it beside P2's baseline (issue 11), the /session page, as a stricter reference: the same session
 * check with no page around it.
 */
export async function GET() {
  const session = await currentSession();
  const who = (await citizenFrom(session)) ?? (await officeFrom(session));
  const headers = { 'Cache-Control': 'no-store' };
  if (!who) return Response.json({ role: null }, { status: 401, headers });
  return Response.json({ role: who.role }, { headers });
}
