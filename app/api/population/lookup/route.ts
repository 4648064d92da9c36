import { getDb } from '@/db/client';
import { applicationsOfApplicant } from '@/lib/applications/citizen-applications';
import { EDITABLE, type Status } from '@/lib/workflow/table';
import { citizen } from '@/lib/auth';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';

/**
 * "Who is this number?" for the e-form (parents' ID numbers): signed-in citizens only, and only
 * the name and year of birth, which the form shows so the applicant can see she typed the right one.
 */
export async function GET(request: Request) {
  const session = await citizen();
  // People only: an organisation learns about persons through an approved letter, never by look-up.
  if (!session || session.organisationCode) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const db = await getDb();
  // Only while filling a form: an application the applicant can still edit.
  if (!(await applicationsOfApplicant(db, session.personalId, null)).some((a) => EDITABLE.includes(a.status as Status))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  const parsed = parsePersonalId(new URL(request.url).searchParams.get('personalId') ?? '');
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  const person = await population(db).findPerson(parsed.value.personalId);
  if (!person || person.vitalStatus === 'deceased') return Response.json({ error: 'notFound' }, { status: 404 });
  return Response.json({ fullName: person.fullName, birthYear: Number(person.dateOfBirth.slice(0, 4)) }, { headers: { 'Cache-Control': 'private, no-store' } });
}
