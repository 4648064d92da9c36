import type { NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';
import { isOfficeRole, type Role } from './permissions';
import { nextToken, type SignInEvent } from './session-token';

/**
 * The part of the Auth.js configuration that needs no database: pages, session strategy and the
 * token/session callbacks. `auth.ts` adds the providers.
 */
export const authConfig = {
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [],
  callbacks: {
    jwt({ token, user, account, profile }) {
      let event: SignInEvent | undefined;
      if (account?.provider === 'vneid' && profile?.sub) {
        event = { kind: 'vneid', sub: profile.sub, name: String(profile.name ?? '') };
      } else if (account?.provider === 'organisation' && user?.personalId && user.organisationCode) {
        event = { kind: 'organisation', personalId: user.personalId, name: user.name ?? '', organisationCode: user.organisationCode, organisationName: user.organisationName ?? '' };
      } else if (account?.provider === 'office' && user?.id && user.role) {
        event = {
          kind: 'office',
          userId: user.id,
          name: user.name ?? '',
          role: user.role,
          registryCode: user.registryCode ?? null,
          provinceCode: user.provinceCode ?? null,
        };
      }
      return nextToken(token, event, Date.now(), env.officeIdleMinutes);
    },
    session({ session, token }) {
      const role = token.role as Role;
      session.user = {
        ...session.user,
        role,
        name: token.name ?? '',
        ...(role === 'citizen'
          ? { personalId: token.personalId }
          : role === 'organisation'
            ? { personalId: token.personalId, organisationCode: token.organisationCode, organisationName: token.organisationName }
          : isOfficeRole(role)
            ? { userId: token.userId, registryCode: token.registryCode ?? null, provinceCode: token.provinceCode ?? null }
            : {}),
      };
      return session;
    },
  },
} satisfies NextAuthConfig;
