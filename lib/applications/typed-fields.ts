import type { Procedure } from '@/lib/procedures';
import type { Answers, BaseContext } from '@/lib/procedures/contract';
import { fieldShown, type FieldDef } from '@/lib/procedures/form-types';
import { pageValues } from './form-page';

/**
 * The fields an applicant has to fill herself on the way to `finalAnswers`, given what each page
 * prefills from the answers before it: the measure behind the "fields typed" reduction the
 * digital-government plan asks for (≥ 20 %). A field counts when it is shown, not read-only from
 * an electronic notice, not an opt-in box, starts empty, and (if optional) was actually filled.
 */
export async function fieldsToFill(procedure: Procedure, finalAnswers: Answers, loadContext: (answers: Answers) => Promise<BaseContext>, registryCode: string) {
  const fields: { step: string; field: FieldDef }[] = [];
  const soFar: Record<string, unknown> = {};
  const empty = (v: unknown) => v === undefined || v === '' || v === null;
  for (const page of procedure.formFor().pages) {
    const ctx = await loadContext(soFar);
    if (!procedure.visiblePages(soFar, ctx).includes(page.id) || page.kind !== 'fields') {
      soFar[page.id] = finalAnswers[page.id];
      continue;
    }
    const defaults = pageValues({ procedure, answers: soFar, ctx }, page.id, registryCode);
    const final = finalAnswers[page.id] as Record<string, unknown> | undefined;
    const locked = procedure.notice(ctx) !== null;
    for (const field of page.fields) {
      if (!fieldShown(field, final)) continue;
      if ((field.fromNotice && locked) || field.kind === 'checkbox') continue;
      // An optional field left empty was not filled, so it does not count.
      if (field.optional && empty(final?.[field.name])) continue;
      if (empty(defaults[field.name])) fields.push({ step: page.id, field });
    }
    soFar[page.id] = finalAnswers[page.id];
  }
  return fields;
}
