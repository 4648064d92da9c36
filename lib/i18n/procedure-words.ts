import type { Nouns } from '@/lib/procedures/contract';
import { translate } from './catalogues';

/*
 * A procedure's words in a language, from the catalogues (`procedures.<code>.nouns`,
 * `procedures.<code>.consentPurposes`), for text composed outside a page: messages, requests sent
 * to other systems. Pages use their translator on the same ids.
 */

export function procedureNouns(procedureCode: string, locale: string): Nouns {
  const word = (noun: keyof Nouns) => translate(locale, `procedures.${procedureCode}.nouns.${noun}`);
  return { procedure: word('procedure'), event: word('event'), document: word('document') };
}

export function consentPurposeText(procedureCode: string, purpose: string, locale: string): string {
  return translate(locale, `procedures.${procedureCode}.consentPurposes.${purpose}`);
}

/** The same words through a page's root translator, in the page's language. */
export function nounsFrom(t: unknown, procedureCode: string): Nouns {
  const word = (noun: keyof Nouns) => (t as (id: string) => string)(`procedures.${procedureCode}.nouns.${noun}`);
  return { procedure: word('procedure'), event: word('event'), document: word('document') };
}
