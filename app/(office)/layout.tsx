/**
 * The office's pages. The dashboard, the outbox and the sign-in render on the server only and take
 * the root layout's messages; the sections whose client components show any procedure's messages
 * (a refusal, a register search, a form filled at the desk) add the office's and every procedure's namespaces in
 * their own layout (`OfficeMessages`), so the dashboard's HTML does not carry them.
 */
export default function OfficeLayout({ children }: { children: React.ReactNode }) {
  return children;
}
