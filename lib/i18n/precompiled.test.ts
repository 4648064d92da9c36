import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import formatOnly from 'use-intl/format-message/format-only';
import { createTranslator } from 'next-intl';
import { catalogue, compileMessages, locales, PRECOMPILED } from './catalogues';

/*
 * The portal's build formats precompiled messages with use-intl's format-only runtime
 * (next.config.mjs, lib/i18n/catalogues.ts); the worker and these tests format the JSON as written
 * with the full ICU runtime. Every message of every catalogue must read the same either way.
 */

function entries(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

const AT = new Date('2026-11-24T03:05:00Z');

/** A value of the right kind for each argument and tag a message uses. */
function sampleValues(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (nodes: MessageFormatElement[]) => {
    for (const n of nodes) {
      if (n.type === TYPE.argument) values[n.value] ??= `‹${n.value}›`;
      else if (n.type === TYPE.number) values[n.value] ??= 1234.5;
      else if (n.type === TYPE.date || n.type === TYPE.time) values[n.value] ??= AT;
      else if (n.type === TYPE.select) values[n.value] ??= Object.keys(n.options).find((k) => k !== 'other') ?? 'other';
      else if (n.type === TYPE.plural) values[n.value] ??= 2;
      else if (n.type === TYPE.tag) values[n.value] ??= (chunks: string[]) => `<${n.value}>${chunks.join('')}</${n.value}>`;
      if ('options' in n) for (const o of Object.values(n.options)) walk(o.value);
      if (n.type === TYPE.tag) walk(n.children);
    }
  };
  walk(parse(text));
  return values;
}

describe('precompiled messages', () => {
  it('are formatted by the full runtime outside the build (this test runs there)', () => {
    expect(PRECOMPILED).toBe(false);
  });

  it('read the same through the format-only runtime as through the full one, in every language', () => {
    let checked = 0;
    for (const locale of locales()) {
      const written = catalogue(locale);
      const compiled = compileMessages(written);
      const compiledAt = (key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], compiled);
      const t = createTranslator({ locale, messages: written, timeZone: 'Asia/Ho_Chi_Minh' });
      const formatters = {
        getNumberFormat: (l: string, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o),
        getPluralRules: (l: string, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o),
        getDateTimeFormat: (l: string, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o),
      };
      for (const [key, text] of entries(written)) {
        if (typeof text !== 'string') continue;
        const values = sampleValues(text);
        const full = t.markup(key as never, values as never);
        const fast = (formatOnly as (...args: unknown[]) => unknown)(key, compiledAt(key), values, { locale, timeZone: 'Asia/Ho_Chi_Minh', formatters });
        expect(fast, `${locale} ${key}`).toBe(full);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('are plain objects and arrays throughout, which React passes to client components', () => {
    const plain = (node: unknown): boolean =>
      typeof node !== 'object' || node === null || ((Array.isArray(node) || Object.getPrototypeOf(node) === Object.prototype) && Object.values(node).every(plain));
    for (const locale of locales()) expect(plain(compileMessages(catalogue(locale))), locale).toBe(true);
  });
});
