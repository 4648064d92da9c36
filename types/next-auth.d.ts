import type { Role } from '@/lib/auth/permissions';

declare module 'next-auth' {
  interface Session {
    user: {
      role: Role;
      name: string;
      /** Citizens: the personal ID number from VNeID, never editable. */
      personalId?: string;
      /** Representatives: the organisation they act for (Circular 01/2022 Art. 8(2)). */
      organisationCode?: string;
      organisationName?: string;
      /** Office users. */
      userId?: string;
      registryCode?: string | null;
      provinceCode?: string | null;
    };
  }
  interface User {
    role?: Role;
    personalId?: string;
    organisationCode?: string;
    organisationName?: string;
    registryCode?: string | null;
    provinceCode?: string | null;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: Role;
    personalId?: string;
    organisationCode?: string;
    organisationName?: string;
    userId?: string;
    registryCode?: string | null;
    provinceCode?: string | null;
    /** Epoch ms of the last request, for the office idle timeout. */
    lastSeen?: number;
    /** The server-side session (auth_sessions.id), checked on every request. */
    sid?: string;
    /** Epoch ms of the sign-in, for the absolute limit. */
    startedAt?: number;
  }
}
