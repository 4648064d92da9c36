import 'server-only';
import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { authConfig } from './auth.config';
import { organisationIdentity } from '@/lib/organisations/identity';
import { authenticateOfficeUser, completeOfficeEnrolment, type OfficeAccount } from './office-accounts';
import { clientOf } from './throttle';

class ThrottledSignIn extends CredentialsSignin {
  override code = 'throttled';
}
/** The password was right and the office account has no second factor yet (lib/auth/totp.ts). */
class EnrolmentRequired extends CredentialsSignin {
  override code = 'enrolmentRequired';
}

const credentials = z.object({
  username: z.string().trim().max(64).default(''),
  password: z.string().max(200).default(''),
  /** The second factor: a TOTP code or a recovery code. */
  code: z.string().trim().max(16).default(''),
  /** Enrolment's second step, instead of the username and password. */
  ticket: z.string().max(200).default(''),
});
type Credentials = z.output<typeof credentials>;
type Outcome = User | 'invalid' | 'throttled' | 'enrolmentRequired';

/** A Credentials provider: the same generic refusal for a bad or unknown account, a distinct one when slowed down. */
function usernameAndPassword(id: string, name: string, check: (input: Credentials, client: string) => Promise<Outcome>) {
  return Credentials({
    id,
    name,
    credentials: { username: {}, password: {}, code: {}, ticket: {} },
    async authorize(raw, request) {
      const parsed = credentials.safeParse(raw);
      if (!parsed.success || (!parsed.data.ticket && (!parsed.data.username || !parsed.data.password))) return null;
      const result = await check(parsed.data, clientOf(request.headers, env.trustedProxyHops));
      if (result === 'throttled') throw new ThrottledSignIn();
      if (result === 'enrolmentRequired') throw new EnrolmentRequired();
      return result === 'invalid' ? null : result;
    },
  });
}

const officeUser = (user: OfficeAccount): User => ({ id: user.id, name: user.fullName, role: user.role, registryCode: user.registryCode, provinceCode: user.provinceCode });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    {
      // VNeID through OpenID Connect: the built-in simulator by default, the real issuer in
      // production (VNEID_ISSUER, VNEID_CLIENT_ID, VNEID_CLIENT_SECRET).
      id: 'vneid',
      name: 'VNeID',
      type: 'oidc',
      issuer: env.vneid.issuer,
      clientId: env.vneid.clientId,
      clientSecret: env.vneid.clientSecret,
      checks: ['pkce', 'state', 'nonce'],
      authorization: { params: { scope: 'openid profile' } },
      profile(profile) {
        return { id: profile.sub ?? undefined, name: typeof profile.name === 'string' ? profile.name : null };
      },
    },
    // Office staff: password and a second factor (AAL2); at the first sign-in, enrolment's ticket and first code.
    usernameAndPassword('office', 'Office', async ({ username, password, code, ticket }, client) => {
      const db = await getDb();
      const result = ticket
        ? await completeOfficeEnrolment(db, { ticket, code, client }, env.authSecret, new Date())
        : await authenticateOfficeUser(db, { username, password, code, client }, new Date());
      return result.ok ? officeUser(result.user) : result.reason;
    }),
    // An organisation's representative (Circular 01/2022 Art. 8(2)), through the identity provider
    // for organisations (lib/organisations/identity.ts).
    usernameAndPassword('organisation', 'Organisation', async ({ username, password }, client) => {
      const result = await organisationIdentity(env.organisations.demoProviderEnabled).authenticate(await getDb(), username, password, client, new Date());
      if (!result.ok) return result.reason;
      const { identity } = result;
      return {
        id: `${identity.organisationCode}:${identity.representative.personalId}`,
        name: identity.representative.fullName,
        role: 'organisation' as const,
        personalId: identity.representative.personalId,
        organisationCode: identity.organisationCode,
        organisationName: identity.organisationName,
      };
    }),
  ],
});
