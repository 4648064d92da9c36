/** A language tag of a catalogue in lib/i18n/messages (lib/i18n/catalogues.ts lists them). */
export type Locale = string;
export const DEFAULT_LOCALE = 'vi';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
