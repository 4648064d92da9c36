'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { isLocale } from '@/lib/i18n/catalogues';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { formDataOf } from '@/lib/form-data';

/** Language switch: stores the choice in the NEXT_LOCALE cookie for a year. No sign-in needed. */
export async function setLocale(received: unknown) {
  const formData = formDataOf(received);
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
