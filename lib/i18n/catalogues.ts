import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import { createTranslator } from 'next-intl';
import formatMessage from 'use-intl/format-message';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE } from './locales';

/*
 * The message catalogues: one JSON file per language in MESSAGES_DIR (lib/i18n/messages), named by
 * its language tag (`vi.json`, `en.json`). A language is added by adding its file, nothing else:
 * the list of languages, the language switch and every message come from the files. Each is read
 * when it changes (its modification time), so an edited catalogue is served without a restart.
 *
 * In the portal's build the messages are precompiled as they are read (icu-minify, the format
 * next-intl's ahead-of-time compilation uses): next.config.mjs points `use-intl/format-message` at
 * its format-only runtime, so neither the server nor the browser carries an ICU parser (~9 KB of
 * every page's JS) or parses a message per request. Outside the build (the worker, scripts, unit
 * tests) the full runtime formats the JSON as written. Which runtime is bundled decides: the
 * format-only one says so (`raw === false`, as it cannot return a message unformatted).
 */

export type Messages = Record<string, unknown>;

/** True where the format-only runtime is bundled: messages must be compiled before next-intl formats them. */
export const PRECOMPILED = (formatMessage as { raw?: boolean }).raw === false;

/**
 * Every message of a catalogue compiled to icu-minify's form (plain texts stay strings). The
 * compiler builds a plural's or a select's options without a prototype, which React refuses to
 * pass to client components: the JSON round trip makes them plain objects.
 */
export function compileMessages(messages: Messages): Messages {
  const compiled = (node: unknown): unknown =>
    typeof node === 'string' ? compile(node) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, compiled(value)])) : node;
  return JSON.parse(JSON.stringify(compiled(messages))) as Messages;
}

const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.json$/;

function directory(): string {
  return path.resolve(env.messagesDir);
}

let listed: { at: number; locales: readonly string[] } | null = null;

/** The languages served, Vietnamese first, then by tag. */
export function locales(): readonly string[] {
  const at = statSync(directory()).mtimeMs;
  if (listed?.at !== at) {
    const found = readdirSync(directory()).flatMap((f) => LOCALE_FILE.exec(f)?.[1] ?? []);
    if (!found.includes(DEFAULT_LOCALE)) throw new Error(`${directory()} has no ${DEFAULT_LOCALE}.json: Vietnamese is the primary language`);
    listed = { at, locales: [DEFAULT_LOCALE, ...found.filter((l) => l !== DEFAULT_LOCALE).sort()] };
  }
  return listed.locales;
}

export function isLocale(value: unknown): value is string {
  return typeof value === 'string' && locales().includes(value);
}

const read = new Map<string, { at: number; messages: Messages }>();

/** A language's messages (the whole catalogue). */
export function catalogue(locale: string): Messages {
  if (!isLocale(locale)) throw new Error(`No catalogue for ${locale}`);
  const file = path.join(directory(), `${locale}.json`);
  const at = statSync(file).mtimeMs;
  const cached = read.get(locale);
  if (cached?.at === at) return cached.messages;
  const written = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  const messages = PRECOMPILED ? compileMessages(written) : written;
  read.set(locale, { at, messages });
  return messages;
}

type Translate = (id: string, values?: Record<string, string | number>) => string;
const translators = new Map<string, { messages: Messages; t: Translate }>();

/** The text of a message with its values, in a language, outside a request's next-intl context; the id when unknown. */
export function translate(locale: string, id: string, values?: Record<string, string | number>): string {
  const messages = catalogue(locale);
  let entry = translators.get(locale);
  if (entry?.messages !== messages) {
    const t = createTranslator({ locale, messages, timeZone: 'Asia/Ho_Chi_Minh', onError: () => {}, getMessageFallback: ({ key, namespace }) => (namespace ? `${namespace}.${key}` : key) });
    entry = { messages, t: t as unknown as Translate };
    translators.set(locale, entry);
  }
  return entry.t(id, values).normalize('NFC');
}

/** Each language's own name and its "switch to" label, in that language, for the language switch. */
export function languageChoices(): { locale: string; name: string; switchLabel: string }[] {
  return locales().map((locale) => ({ locale, name: translate(locale, 'common.languageName'), switchLabel: translate(locale, 'common.switchToThis') }));
}
