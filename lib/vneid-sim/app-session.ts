import 'server-only';
import { randomUUID } from 'node:crypto';
import { signSimulatorJwt, verifySimulatorJwt } from './protocol';

/*
 * The simulated VNeID phone app's own sign-in: a short-lived token signed by the simulator's key,
 * kept in a cookie of the simulator's path. It is the citizen's app, not the portal: the portal
 * never reads it.
 */

export const APP_COOKIE = 'vneid_sim_app';
const AUDIENCE = 'vneid-sim-app';
export const APP_SESSION_SECONDS = 30 * 60;

export async function appSessionToken(personalId: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return signSimulatorJwt({ aud: AUDIENCE, sub: personalId, jti: randomUUID(), iat, exp: iat + APP_SESSION_SECONDS });
}

export async function appSessionPerson(token: string | undefined, now: Date): Promise<string | null> {
  if (!token) return null;
  const payload = await verifySimulatorJwt(token, { audience: AUDIENCE }, now);
  return typeof payload?.sub === 'string' ? payload.sub : null;
}
