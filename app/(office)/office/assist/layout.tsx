import { ProcedureMessages } from '@/lib/i18n/client-messages';

/** This section's client components show any procedure's messages. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ProcedureMessages>{children}</ProcedureMessages>;
}
