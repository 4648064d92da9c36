import { OfficeMessages } from '@/lib/i18n/client-messages';

/** This section's client components show the office's and any procedure's messages. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <OfficeMessages>{children}</OfficeMessages>;
}
