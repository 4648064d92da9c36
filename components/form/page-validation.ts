import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { pageOf } from '@/lib/procedures/form-types';
import { formOf } from '@/lib/procedures/forms';

/*
 * The browser's check of an e-form page: the page's own zod schema, the one the save-step action
 * parses with, so the messages are the same whichever finds the problem. StepForm imports this
 * module only on demand (./lazy-resolver.ts): zod and the procedures' schemas are not part of the
 * form page's first load.
 */

/** The resolver of a form page, or null for a page the form registry does not know (the server still checks it). */
export function pageResolver(procedureCode: string, formVersion: number, step: string): Resolver<FieldValues> | null {
  const form = formOf(procedureCode, formVersion);
  const page = form && pageOf(form, step);
  return page ? (zodResolver(page.schema as never) as unknown as Resolver<FieldValues>) : null;
}
