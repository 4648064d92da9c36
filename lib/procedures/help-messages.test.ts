import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import vi from '@/lib/i18n/messages/vi.json';
import { procedureOf } from '.';
import { PROCEDURES } from './catalogue';

/** What the start page and the public help page (/help/<procedure>) read from a procedure's messages. */
const START_KEYS = ['title', 'lead', 'need1', 'need2', 'need3', 'timeLimit', 'cost'] as const;

const lookup = (messages: object, key: string) => key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], messages);

describe('each available procedure can be explained before sign-in', () => {
  for (const { code } of PROCEDURES.filter((p) => p.available)) {
    it(`${code}: its name and start messages exist, and are not empty, in both languages`, () => {
      const ns = procedureOf(code).formFor().messages;
      for (const messages of [vi, en]) {
        expect(lookup(messages, `procedures.${code}.name`)).toEqual(expect.any(String));
        for (const key of START_KEYS) expect(lookup(messages, `${ns}.start.${key}`), `${ns}.start.${key}`).toMatch(/\S/);
      }
    });
  }
});
