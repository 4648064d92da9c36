import { STEP_FIELDS, type FieldDef } from '@/lib/procedures/birth-registration/form';
import { STEP_ORDER, visibleSteps, type BirthAnswers, type BirthContext } from '@/lib/procedures/birth-registration';
import { stepDefaults } from './form-page';

/**
 * The fields an applicant has to fill herself on the way to `finalAnswers`, given what each page
 * prefills from the answers before it: the measure behind the "fields typed" reduction the
 * digital-government plan asks for (≥ 20 %). A field counts when it is shown, not read-only from
 * the birth notice, not an opt-in box, starts empty, and (if optional) was actually filled.
 */
export async function fieldsToFill(finalAnswers: BirthAnswers, loadContext: (answers: BirthAnswers) => Promise<BirthContext>, registryCode: string) {
  const fields: { step: string; field: FieldDef }[] = [];
  const soFar: BirthAnswers = {};
  for (const step of STEP_ORDER) {
    const ctx = await loadContext(soFar);
    if (!visibleSteps(soFar, ctx).includes(step) || step === 'documents' || step === 'declaration') continue;
    const defaults = stepDefaults(step, soFar, ctx, registryCode);
    for (const field of STEP_FIELDS[step]) {
      const shownBy = field.showIf && (finalAnswers[step] as Record<string, unknown> | undefined)?.[field.showIf.field];
      if (field.showIf && shownBy !== field.showIf.equals) continue;
      if ((field.fromBirthNotice && ctx.birthNotice) || field.kind === 'checkbox') continue;
      const empty = (v: unknown) => v === undefined || v === '' || v === null;
      // An optional field left empty was not filled, so it does not count.
      if (field.optional && empty((finalAnswers[step] as Record<string, unknown> | undefined)?.[field.name])) continue;
      if (empty(defaults[field.name])) fields.push({ step, field });
    }
    Object.assign(soFar, { [step]: finalAnswers[step] });
  }
  return fields;
}
