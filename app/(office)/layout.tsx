import { ClientMessages, procedureNamespaces } from '@/lib/i18n/client-messages';

/** The office's pages: their client components show any procedure's messages (a refusal, a register search). */
export default function OfficeLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages include={procedureNamespaces()}>{children}</ClientMessages>;
}
