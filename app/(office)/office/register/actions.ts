'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { officeAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { approveLegacyEntry, searchRegister } from '@/lib/civil-status/register';
import { actionErrorMessage, toActionError } from '@/lib/errors';
import { formDataOf } from '@/lib/form-data';

export type FoundEntry = {
  id: string;
  eventType: string;
  status: string;
  entryNumber: string;
  book: string;
  registeredOn: string;
  registryName: string;
  persons: { role: string; fullName: string; dateOfBirth: string | null }[];
};

export type SearchState = { results?: FoundEntry[]; fieldErrors?: Record<string, string[]>; values?: Record<string, string>; error?: string; message?: string };

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** Turns the search form into the register query: the form keeps the field names flat. */
function queryOf(f: Record<string, string>) {
  const eventType = f.eventType || undefined;
  if (f.by === 'entry') return { by: 'entry', eventType, registryCode: f.registryCode, entryNumber: f.entryNumber, registeredOn: f.registeredOn };
  const persons = [
    { role: f.role1, fullName: f.fullName1, dateOfBirth: f.dateOfBirth1 || null },
    ...(f.fullName2 ? [{ role: f.role2, fullName: f.fullName2, dateOfBirth: f.dateOfBirth2 || null }] : []),
  ];
  return { by: 'persons', eventType, persons };
}

/** The officer's search of the register (Art. 7); session and role are checked, the scope comes from the account. */
export async function searchRegisterAction(_prev: SearchState, received: FormData): Promise<SearchState> {
  const formData = formDataOf(received);
  const values = Object.fromEntries([...formData.entries()].map(([k, v]) => [k, text(v)]));
  const result = await officeAction('register.search', z.unknown(), async ({ session }) => {
    try {
      const hits = await searchRegister(await getDb(), { userId: session.userId, query: queryOf(values), purpose: { purpose: values.purpose, note: values.note ?? '' }, now: systemClock() });
      return {
        ok: true as const,
        data: hits.map((h) => ({ id: h.id, eventType: h.eventType, status: h.status, entryNumber: h.entryNumber, book: h.book, registeredOn: h.registeredOn, registryName: h.registryName, persons: h.persons.map((p) => ({ role: p.role, fullName: p.fullName, dateOfBirth: p.dateOfBirth })) })),
      };
    } catch (err) {
      return toActionError(err);
    }
  })(null);
  if (!result.ok) return { error: result.error, message: actionErrorMessage(result), fieldErrors: flatten(result.fieldErrors ?? {}), values };
  return { results: result.data, values };
}

/** Error paths of the query ("persons.0.fullName") as the form's flat field names ("fullName1"). */
function flatten(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path.replace(/^persons\.(\d)\.(\w+)$/, (_m, i: string, f: string) => `${f}${Number(i) + 1}`), messages]));
}

export type ApproveState = { done?: { number: string; book: string }; error?: string; message?: string };

/** The provincial supervisor approves a digitised entry of the province (Art. 10(3)). */
export async function approveLegacyAction(_prev: ApproveState, received: FormData): Promise<ApproveState> {
  const formData = formDataOf(received);
  const input = z.object({ recordId: z.uuid(), number: z.string(), book: z.string() });
  const result = await officeAction('register.approveLegacy', input, async ({ session, input: data }) => {
    try {
      await approveLegacyEntry(await getDb(), { userId: session.userId, recordId: data.recordId, now: systemClock() });
      return { ok: true as const, data: { number: data.number, book: data.book } };
    } catch (err) {
      return toActionError(err);
    }
  })(Object.fromEntries(formData.entries()));
  // The entry stays listed with its confirmation until the page is opened again.
  if (!result.ok) return { error: result.error, message: actionErrorMessage(result) };
  return { done: result.data };
}
