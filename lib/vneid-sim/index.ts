import { env } from '@/lib/env';
import type { SimClient } from './protocol';

/** The simulator serves only in demo mode, for the portal's own client registration. */
export function simulatorClient(): SimClient | null {
  if (!env.vneid.simulatorEnabled) return null;
  return { issuer: env.vneid.issuer, clientId: env.vneid.clientId, clientSecret: env.vneid.clientSecret };
}

export const notFoundResponse = () => Response.json({ error: 'not_found' }, { status: 404 });
