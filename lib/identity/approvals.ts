/*
 * Asking a citizen to approve, on their own VNeID app, that an officer or a community helper
 * files an application on their behalf (issue 12: assisted filing). The identity provider pushes
 * the request to the citizen's phone; the portal asks for the answer. In demo mode the VNeID
 * simulator answers (lib/vneid-sim/approvals.ts); in production the real provider's adapter
 * plugs in here, and until one does the method is not offered (lib/assisted-filing).
 */

export type ApprovalRequest = {
  personalId: string;
  /** Who asks, as the app shows it: "Sùng A Páo, UBND Phường Sa Pa". */
  requester: string;
  /** What for, as the app shows it: "Đăng ký khai sinh". */
  purpose: string;
  now: Date;
};

export type ApprovalAnswer = 'pending' | 'approved' | 'refused' | 'expired';

export interface IdentityApprovals {
  /** Sends the request to the citizen's app; returns the provider's reference. */
  request(input: ApprovalRequest): Promise<string>;
  answer(reference: string, now: Date): Promise<ApprovalAnswer>;
}

/** How long the citizen has to answer on their phone, standing at the desk. */
export const APPROVAL_TTL_MS = 10 * 60 * 1000;
