import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from './locales';

/** The locale comes from the NEXT_LOCALE cookie (set by the language switch); Vietnamese by default. */
export default getRequestConfig(async () => {
  const value = (await cookies()).get('NEXT_LOCALE')?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: 'Asia/Ho_Chi_Minh',
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
