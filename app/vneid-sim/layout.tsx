import { ClientMessages, SIMULATOR_ONLY } from '@/lib/i18n/client-messages';

/** The simulator's pages: their client forms read its own messages, which no other page carries. */
export default function SimulatorLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages include={SIMULATOR_ONLY}>{children}</ClientMessages>;
}
