/*
 * One permission table for the whole portal: which role may do what. Guards (guards.ts) and
 * pages consult it; ownership (own application, own registry) is checked on top, in use cases
 * and in the queries' where clauses. A permission is added with the feature that checks it.
 */

/**
 * `communityHelper`: a member of a commune's community digital-technology team (Tổ công nghệ số
 * cộng đồng), who helps citizens file online and nothing else.
 */
export const OFFICE_ROLES = ['officer', 'signer', 'dojSupervisor', 'dbManager', 'communityHelper'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];
/** A citizen signs in with VNeID; an organisation's representative with the organisations' identity provider. */
export type Role = 'citizen' | 'organisation' | OfficeRole;

export const PERMISSIONS = {
  /** The applicant's own applications: a person's, or an organisation's by its representative. */
  'application.own.manage': ['citizen', 'organisation'],
  'office.dashboard.view': ['officer', 'signer', 'dojSupervisor', 'dbManager'],
  /**
   * Start and fill an application on behalf of a citizen present at the desk, once their identity
   * is proved; only the helper's own, and only until submitted (issue 12).
   */
  'application.assist': ['officer', 'communityHelper'],
  'registry.queue.view': ['officer', 'signer'],
  'application.review': ['officer'],
  /** The officer proposes, the leader decides (Law Art. 5(2)); both may record the written refusal. */
  'application.refuse': ['officer', 'signer'],
  'application.sign': ['signer'],
  /** The register, within the role's scope (Circular 01/2022 Art. 7): registry, province, or the whole country. */
  'register.search': ['officer', 'signer', 'dojSupervisor', 'dbManager'],
  /** Digitised entries count once the provincial Department of Justice approves them (Art. 10(3)). */
  'register.approveLegacy': ['dojSupervisor'],
  /**
   * Ask the ministry to correct a discrepancy in, delete or restore an entry the officer's registry
   * keeps (Circular 01/2022 Art. 12(1)(b), 13(1)).
   */
  'register.requestChanges': ['officer'],
  /** Approve or refuse those requests, after reviewing the entry and the evidence (Art. 12(2), 13(3)). */
  'register.decideChanges': ['dbManager'],
  /** Every SMS and e-mail the demo gateway sent, to anyone: the Ministry's database manager only. */
  'notifications.outbox.view': ['dbManager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isOfficeRole(role: string | undefined): role is OfficeRole {
  return (OFFICE_ROLES as readonly string[]).includes(role ?? '');
}
