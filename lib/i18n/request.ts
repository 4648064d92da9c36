import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { catalogue, isLocale } from './catalogues';
import { DEFAULT_LOCALE, LOCALE_COOKIE } from './locales';

/** The locale comes from the NEXT_LOCALE cookie (set by the language switch); Vietnamese by default. */
export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return { locale, timeZone: 'Asia/Ho_Chi_Minh', messages: catalogue(locale) as never };
});
