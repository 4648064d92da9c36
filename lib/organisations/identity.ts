import { selectOrganisationAccount } from '@/db/queries/organisations';
import type { Db } from '@/db/types';
import { checkThrottle, recordSignInFailure, recordSignInSuccess } from '@/lib/auth/throttle';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/passwords';

/*
 * Who an organisation's representative is, as an identity provider for organisations asserts it
 * (Circular 01/2022 Art. 8(2)): the organisation's identification code and name, and the person
 * acting for it. The portal depends on this shape only. The demo provider below checks a username
 * and password against `organisation_accounts`; a real one (the VNeID account of an organisation)
 * is an OpenID Connect provider whose claims map onto the same shape, and the demo provider is
 * refused outside demo mode (lib/env.ts).
 */

export type OrganisationIdentity = {
  organisationCode: string;
  organisationName: string;
  representative: { personalId: string; fullName: string; position: string };
};

export type OrganisationSignIn = { ok: true; identity: OrganisationIdentity } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type OrganisationIdentityProvider = {
  /** `client`: who is signing in, for throttling (lib/auth/throttle.ts). */
  authenticate(db: Db, username: string, password: string, client: string, now: Date): Promise<OrganisationSignIn>;
};

/** The demo provider: accounts seeded from db/seed/data/demo-organisations.json, slowed down after repeated failures like office accounts. */
export const demoOrganisationIdentity: OrganisationIdentityProvider = {
  async authenticate(db, rawUsername, password, client, now) {
    const username = rawUsername.trim().toLowerCase();
    const throttle = await checkThrottle(db, 'organisation', username, client, now);
    if (!throttle.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
    const row = await selectOrganisationAccount(db, username);
    const passwordOk = await verifyPassword(row?.account.passwordHash ?? (await dummyPasswordHash()), password);
    if (!row || !row.account.active || !row.organisation.active || !passwordOk) {
      await recordSignInFailure(db, 'organisation', username, client, now);
      return { ok: false, reason: 'invalid' };
    }
    await recordSignInSuccess(db, 'organisation', username, client);
    const { account, organisation } = row;
    return {
      ok: true,
      identity: {
        organisationCode: organisation.code,
        organisationName: organisation.name,
        representative: { personalId: account.representativePersonalId, fullName: account.fullName, position: account.position },
      },
    };
  },
};

/**
 * The identity provider for organisations. Only the demo one exists yet: outside demo mode there
 * is none, and organisations cannot sign in until a real provider is configured here.
 */
export function organisationIdentity(demoProviderEnabled: boolean): OrganisationIdentityProvider {
  if (!demoProviderEnabled) throw new Error('No identity provider for organisations is configured: the demo provider serves in demo mode only');
  return demoOrganisationIdentity;
}
