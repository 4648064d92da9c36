import { translate } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';
import { UPLOAD_POLICY } from './policy';
import type { UploadError, UploadErrorDetail } from './types';

/*
 * What the citizen is told when an upload is refused: why, and what to do next (the catalogue's
 * `upload.refused`). Numbers come from the refusal's detail, falling back to the default policy,
 * so a message quotes the limit that was actually applied.
 */

const MIB = 1024 * 1024;

const DEFAULTS: Record<string, number> = {
  maxBytes: UPLOAD_POLICY.maxBytes / MIB, // quoted in MB
  minWidth: UPLOAD_POLICY.minImageShortEdge,
  minHeight: UPLOAD_POLICY.minImageLongEdge,
  maxPages: UPLOAD_POLICY.maxPdfPages,
  maxPixels: UPLOAD_POLICY.maxImagePixels / 1e6, // quoted in megapixels
};

/** Detail values in the units the messages quote, rounded to one decimal. */
function scaled(detail: UploadErrorDetail | undefined): Record<string, number> {
  const out: Record<string, number> = { ...DEFAULTS, ...detail };
  if (detail?.maxBytes !== undefined) out.maxBytes = detail.maxBytes / MIB;
  if (detail?.maxPixels !== undefined) out.maxPixels = detail.maxPixels / 1e6;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

/**
 * The values an `upload.refused.*` message needs (its ICU arguments), for a form that translates
 * the message id itself (the register change forms) rather than receiving the text.
 */
export function uploadMessageValues(detail?: UploadErrorDetail): Record<string, number | string> {
  const numbers = scaled(detail);
  const measured = numbers.width !== undefined && numbers.height !== undefined ? 'yes' : 'no';
  const counted = numbers.pages !== undefined ? 'yes' : 'no';
  return { ...numbers, measured, counted };
}

export function uploadErrorMessage(error: UploadError, locale: Locale, detail?: UploadErrorDetail): string {
  return translate(locale, `upload.refused.${error}`, uploadMessageValues(detail));
}
