import 'server-only';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { allProcedures } from '@/lib/procedures';

/*
 * What the browser receives of the catalogue. Every page's HTML carries the messages its client
 * components may read; the whole catalogue (130 KB in Vietnamese) on every page cost a phone on a
 * weak signal and the server's rendering more than the page itself (docs/performance.md, P2/P4).
 * Left out by default: each procedure's own messages (its form pages add them back), and those
 * only server components read (home, help, timelines, the verify page, the office's server parts).
 * The office's sections with forms keep every procedure's messages (their forms show any
 * procedure's refusals): OfficeMessages.
 */

const SERVER_ONLY = ['help', 'home', 'procedures', 'me', 'docs', 'findings', 'integrations', 'office', 'officeNav', 'outbox', 'populationSync', 'timeline', 'verify', 'views', 'payment', 'apply', 'paySim'];

/** Read by client components of the office's sections only: they add them back (OfficeMessages). */
export const OFFICE_ONLY = ['changes', 'assist', 'registerSearch', 'legacy'];
/** Read by the VNeID simulator's client components only (its layout adds them back). */
export const SIMULATOR_ONLY = ['vneidSim', 'vneidApp'];

/** Each procedure's message namespace (its forms' `messages`). */
export function procedureNamespaces(): string[] {
  return [...new Set(allProcedures().flatMap((p) => p.forms.map((f) => f.messages)))];
}

export async function clientMessages(include: readonly string[] = []) {
  const excluded = new Set([...SERVER_ONLY, ...OFFICE_ONLY, ...SIMULATOR_ONLY, ...procedureNamespaces()].filter((ns) => !include.includes(ns)));
  return Object.fromEntries(Object.entries(await getMessages()).filter(([ns]) => !excluded.has(ns)));
}

/** The client components below it read these namespaces too (a procedure's form: its own). */
export async function ClientMessages({ include = [], children }: { include?: readonly string[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(include)}>{children}</NextIntlClientProvider>;
}

/** The office's own messages and every procedure's, for the client components below (the office's review, search and desk forms). */
export function OfficeMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages include={[...OFFICE_ONLY, ...procedureNamespaces()]}>{children}</ClientMessages>;
}
