import { NextIntlClientProvider } from 'next-intl';

/** The office's pages, for officers at their desks: their client components may read any message (lib/i18n/client-messages.tsx). */
export default function OfficeLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
