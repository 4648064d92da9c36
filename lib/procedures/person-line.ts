import { formatPersonalId } from '@/lib/identity/personal-id';
import { residenceOf } from '@/lib/population/residence';
import type { Person } from '@/lib/population/types';
import { formatAddress } from '@/lib/reference/address';

/** A person from the population database on one line of a summary: name, ID number, date of birth, residence. */
export function personLine(p: Person | null | undefined): string {
  if (!p) return '';
  const residence = residenceOf(p);
  return `${p.fullName} — ${formatPersonalId(p.personalId)} — ${p.dateOfBirth.split('-').reverse().join('/')}${residence ? ` — ${formatAddress(residence)}` : ''}`;
}
