import { cookies } from 'next/headers';
import { isLocale } from './catalogues';
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from './locales';

/** The request's language for route handlers, which have no next-intl context. */
export async function requestLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
