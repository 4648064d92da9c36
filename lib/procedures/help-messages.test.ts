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

describe('each form page says why it asks what it asks (issue 12: plain help)', () => {
  for (const { code } of PROCEDURES.filter((p) => p.available)) {
    it(`${code}: every page of every form version has a short "why we ask this" hint in both languages`, () => {
      const procedure = procedureOf(code);
      for (const form of procedure.forms) {
        for (const page of [...form.pages, { id: 'review' }]) {
          for (const messages of [vi, en]) {
            const hint = lookup(messages, `${form.messages}.why.${page.id}`);
            expect(hint, `${form.messages}.why.${page.id}`).toMatch(/\S/);
            expect((hint as string).length, `${form.messages}.why.${page.id} is short`).toBeLessThanOrEqual(260);
          }
        }
      }
    });
  }
});
