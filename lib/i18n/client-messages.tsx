import 'server-only';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { allProcedures } from '@/lib/procedures';

/*
 * What the browser receives of the catalogue. The whole catalogue (130 KB in Vietnamese) on every
 * page cost a phone on a weak signal and the server's rendering more than the page itself
 * (docs/performance.md, P2/P4). The root layout gives every page only the error boundary's
 * messages (`RootMessages`); the pages and sections whose client components show text wrap them
 * in `ClientMessages`, which carries every namespace but those only server components read (home,
 * help, timelines, the verify page, the office's server parts), the office's and the simulators'
 * own and each procedure's (a form page adds its procedure's back). The office's sections with
 * forms keep every procedure's messages (their forms show any procedure's refusals): OfficeMessages.
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

/**
 * What the root layout gives every page's client components: only the error boundary's messages
 * (app/error.tsx). A page whose client components show translated text wraps them in
 * `ClientMessages` (or `OfficeMessages`): the citizen's application pages, the office's sections,
 * the sign-in forms and the simulators. A list or a dashboard rendered on the server alone carries
 * no catalogue in its HTML: 23 KB of the 35 KB of /applications' RSC payload was messages no
 * component of that page read (docs/performance.md, P2).
 */
export const EVERY_PAGE = ['errors'];

export async function RootMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(EVERY_PAGE.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}

/** The client components below it read these namespaces too (a procedure's form: its own). */
export async function ClientMessages({ include = [], children }: { include?: readonly string[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(include)}>{children}</NextIntlClientProvider>;
}

/** The office's own messages and every procedure's, for the client components below (the office's review, search and desk forms). */
export function OfficeMessages({ children }: { children: React.ReactNode }) {
  return <ClientMessages include={[...OFFICE_ONLY, ...procedureNamespaces()]}>{children}</ClientMessages>;
}
