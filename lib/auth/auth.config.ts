import type { NextAuthConfig } from 'next-auth';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { isOfficeRole, type Role } from './permissions';
import { endSession, isLive, maxHoursOf, openSession } from './sessions';
import { nextToken, subjectOf, type SessionLimits, type SignInEvent } from './session-token';

// Behind a load balancer every instance must name the same callback (the OAuth redirect_uri, checked
// again at the code's exchange, maybe by another instance): the portal's public address, not the
// instance's own host and port. Auth.js takes it from AUTH_URL.
if (process.env.APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = `${new URL(env.appUrl).origin}/api/auth`;

const limits: SessionLimits = { idleMinutes: env.officeIdleMinutes, maxHours: (role) => maxHoursOf(role, env.officeMaxHours) };

/**
 * The Auth.js configuration but the providers (`auth.ts` adds them): pages, session strategy, and
 * the callbacks that open, check and end the server-side session behind every cookie.
 */
export const authConfig = {
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [],
  events: {
    async signOut(message) {
      if ('token' in message && message.token) await endSession(await getDb(), message.token.sid, new Date());
    },
  },
  callbacks: {
    async jwt({ token, user, account, profile }) {
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
      const now = new Date();
      const db = await getDb();
      if (event) {
        const { subject, role } = subjectOf(event);
        const sid = await openSession(db, { subject, role, now, maxHours: limits.maxHours(role) });
        return nextToken(token, { ...event, sid }, now.getTime(), limits);
      }
      const next = nextToken(token, undefined, now.getTime(), limits);
      // Signed out, disabled, or past its limit on the server: the cookie no longer opens anything.
      return next && (await isLive(db, next.sid, now)) ? next : null;
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
