import type { Db } from '@/db/types';
import personas from '@/db/seed/data/demo-personas.json';
import { parsePersonalId, type PersonalIdError } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';

/** Every demo account shares one password (demo-personas.json); the simulator checks it. */
export const SIMULATOR_PASSWORD = personas.demoPassword;

export const SIMULATOR_PERSONAS = personas.citizens.map((c) => ({ personalId: c.personalId, fullName: c.fullName, scenario: c.scenario }));

export type SimSignInError = PersonalIdError | 'notADemoAccount' | 'notFound' | 'deceased' | 'wrongPassword';

const DEMO_ACCOUNTS = new Set(SIMULATOR_PERSONAS.map((p) => p.personalId));

/**
 * A listed persona with the demo password may sign in; nobody else, though the population database
 * holds thousands of generated residents (the one public password must not open their accounts).
 * Whether a number is in the population database is not said to someone who is not a persona.
 */
export async function checkSimulatorCredentials(db: Db, personalIdInput: string, password: string): Promise<{ ok: true; personalId: string } | { ok: false; error: SimSignInError }> {
  const parsed = parsePersonalId(personalIdInput);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (!DEMO_ACCOUNTS.has(parsed.value.personalId)) return { ok: false, error: 'notADemoAccount' };
  const person = await population(db).findPerson(parsed.value.personalId);
  if (!person) return { ok: false, error: 'notFound' };
  if (person.vitalStatus === 'deceased') return { ok: false, error: 'deceased' };
  if (password !== SIMULATOR_PASSWORD) return { ok: false, error: 'wrongPassword' };
  return { ok: true, personalId: person.personalId };
}
