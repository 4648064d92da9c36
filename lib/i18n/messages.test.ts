import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogue, locales } from './catalogues';
import { DEFAULT_LOCALE } from './locales';
import { isProcedureAvailable } from '@/lib/procedures';
import { PROCEDURE_CODES } from '@/lib/procedures/catalogue';

function entries(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}
const keys = (obj: object) => entries(obj).map(([k]) => k);

describe('message catalogues', () => {
  it('serves Vietnamese first and English, each a file of lib/i18n/messages', () => {
    expect(locales()[0]).toBe(DEFAULT_LOCALE);
    expect(locales()).toContain('en');
  });

  it('has every Vietnamese message in every other language, and nothing extra', () => {
    const vi = keys(catalogue('vi')).sort();
    for (const locale of locales()) expect(keys(catalogue(locale)).sort(), locale).toEqual(vi);
  });

  it('has no empty message, and every message parses as ICU and uses only arguments the code gives it (those the Vietnamese or English one uses)', () => {
    const args = (text: string): string[] => {
      const found = new Set<string>();
      const walk = (nodes: ReturnType<typeof parse>) => {
        for (const n of nodes as unknown as { type: number; value?: string; options?: Record<string, { value: ReturnType<typeof parse> }>; children?: ReturnType<typeof parse> }[]) {
          if (n.type !== 0 && n.type !== 7 && n.value) found.add(n.value);
          for (const o of Object.values(n.options ?? {})) walk(o.value);
          if (n.children) walk(n.children);
        }
      };
      walk(parse(text, { ignoreTag: false }));
      return [...found].sort();
    };
    const vi = Object.fromEntries(entries(catalogue('vi')));
    const en = Object.fromEntries(entries(catalogue('en')));
    for (const locale of locales()) {
      for (const [key, text] of entries(catalogue(locale))) {
        expect(typeof text === 'string' && text.length > 0, `${locale}: ${key}`).toBe(true);
        const given = [...args(vi[key] as string), ...args(en[key] as string)];
        expect(args(text as string).filter((a) => !given.includes(a)), `${locale}: ${key}`).toEqual([]);
      }
    }
  });

  it("names each language in itself and says 'switch to' in it", () => {
    const names = locales().map((l) => (catalogue(l).common as Record<string, string>).languageName);
    expect(new Set(names).size).toBe(locales().length);
  });

  it('has the words of every procedure offered', () => {
    const procedures = catalogue('vi').procedures as Record<string, { nouns?: Record<string, string> }>;
    for (const code of PROCEDURE_CODES.filter(isProcedureAvailable)) {
      expect(Object.keys(procedures[code]?.nouns ?? {}).sort(), code).toEqual(['document', 'event', 'procedure']);
    }
  });

  it('stores Vietnamese text in NFC', () => {
    const text = readFileSync('lib/i18n/messages/vi.json', 'utf8');
    expect(text).toBe(text.normalize('NFC'));
  });
});
