import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from './birth-registration';
import { defineProcedure, type ProcedureDefinition } from './contract';
import { DEATH_REGISTRATION } from './death-registration';
import { formOf } from './forms';

describe('the procedure contract', () => {
  it('validates a procedure at import: a missing part fails at start, not at use', () => {
    const withoutDocument = Object.fromEntries(Object.entries(BIRTH_REGISTRATION).filter(([key]) => key !== 'document'));
    expect(() => defineProcedure(withoutDocument as unknown as ProcedureDefinition<never, never, never>)).toThrow(/document/);
    expect(() => defineProcedure({ ...BIRTH_REGISTRATION, presence: 'sometimes' } as unknown as ProcedureDefinition<never, never, never>)).toThrow(/presence/);
    const twice = { ...BIRTH_REGISTRATION, forms: [BIRTH_REGISTRATION.formFor(), BIRTH_REGISTRATION.formFor()] };
    expect(() => defineProcedure(twice as unknown as ProcedureDefinition<never, never, never>)).toThrow('form version 1 twice');
  });

  it('gives the browser the same pages and schemas as the server', () => {
    for (const procedure of [BIRTH_REGISTRATION, DEATH_REGISTRATION]) {
      expect(formOf(procedure.code, 1)).toBe(procedure.formFor(1));
    }
    expect(formOf('deathRegistration', 2)).toBeUndefined();
  });

  it('says what each procedure is: presence, time limit, event, book and document', () => {
    expect([BIRTH_REGISTRATION, DEATH_REGISTRATION].map((p) => [p.code, p.presence, p.processingWorkingDays, p.registration.kind === 'entry' && p.registration.eventType, p.registration.kind === 'entry' && p.registration.book(2026), p.document.kind])).toEqual([
      ['birthRegistration', 'none', 0, 'birth', '01/2026', 'birthCertificate'],
      ['deathRegistration', 'none', 0, 'death', '01/2026', 'deathExtract'],
    ]);
  });
});

describe('the lint rule that keeps procedures behind the registry', () => {
  const lint = async (filePath: string, code: string) => {
    const [result] = await new ESLint().lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it('fails an engine file that imports a procedure folder, and passes one that uses the registry', async () => {
    expect(await lint('lib/applications/probe.ts', "import { BIRTH_REGISTRATION } from '@/lib/procedures/birth-registration';\nexport const p = BIRTH_REGISTRATION;\n")).toBe(1);
    expect(await lint('app/probe.tsx', "import { DEATH_FORM } from '@/lib/procedures/death-registration/form';\nexport const p = DEATH_FORM;\n")).toBe(1);
    expect(await lint('lib/applications/probe.ts', "import { procedureOf } from '@/lib/procedures';\nimport { formOf } from '@/lib/procedures/forms';\nexport const p = [procedureOf, formOf];\n")).toBe(0);
    expect(await lint('lib/procedures/probe.ts', "import { BIRTH_FORM } from './birth-registration/form';\nexport const p = BIRTH_FORM;\n")).toBe(0);
  }, 60_000);
});
