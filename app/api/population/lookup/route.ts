import { getDb } from '@/db/client';
import { citizen } from '@/lib/auth';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';

/**
 * "Who is this number?" for the e-form (parents' ID numbers): signed-in citizens only, and only
 * the name and year of birth, which the form shows so the applicant can see she typed the right one.
 */
export async function GET(request: Request) {
  if (!(await citizen())) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const parsed = parsePersonalId(new URL(request.url).searchParams.get('personalId') ?? '');
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  const person = await population(await getDb()).findPerson(parsed.value.personalId);
  if (!person || person.vitalStatus === 'deceased') return Response.json({ error: 'notFound' }, { status: 404 });
  return Response.json({ fullName: person.fullName, birthYear: Number(person.dateOfBirth.slice(0, 4)) }, { headers: { 'Cache-Control': 'private, no-store' } });
}
