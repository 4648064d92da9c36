import 'server-only';
import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { authConfig } from './auth.config';
import { organisationIdentity } from '@/lib/organisations/identity';
import { authenticateOfficeUser } from './office-accounts';

class ThrottledSignIn extends CredentialsSignin {
  override code = 'throttled';
}

const credentials = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** A Credentials provider: the same generic refusal for a bad or unknown account, a distinct one when slowed down. */
function usernameAndPassword(id: string, name: string, check: (username: string, password: string) => Promise<User | 'invalid' | 'throttled'>) {
  return Credentials({
    id,
    name,
    credentials: { username: {}, password: {} },
    async authorize(raw) {
      const parsed = credentials.safeParse(raw);
      if (!parsed.success) return null;
      const result = await check(parsed.data.username, parsed.data.password);
      if (result === 'throttled') throw new ThrottledSignIn();
      return result === 'invalid' ? null : result;
    },
  });
}

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
    usernameAndPassword('office', 'Office', async (username, password) => {
      const result = await authenticateOfficeUser(await getDb(), username, password, new Date());
      if (!result.ok) return result.reason;
      const { user } = result;
      return { id: user.id, name: user.fullName, role: user.role, registryCode: user.registryCode, provinceCode: user.provinceCode };
    }),
    // An organisation's representative (Circular 01/2022 Art. 8(2)), through the identity provider
    // for organisations (lib/organisations/identity.ts).
    usernameAndPassword('organisation', 'Organisation', async (username, password) => {
      const result = await organisationIdentity(env.organisations.demoProviderEnabled).authenticate(await getDb(), username, password, new Date());
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
