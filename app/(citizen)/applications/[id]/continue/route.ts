import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { loadFormPage } from '@/lib/applications/form-page';
import { currentSession, filerFor } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { isAppError } from '@/lib/errors';
import { firstUnanswered } from '@/lib/applications/open-application';

/** "Continue": back to the first page not answered yet, or to check-your-answers. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const signedIn = await currentSession();
  if (!signedIn) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/applications/${id}`)}`);
  const session = await filerFor(id, signedIn);
  if (!session) return Response.json({ error: 'notFound' }, { status: 404 });
  const page = await loadFormPage(await getDb(), { applicationId: id, personalId: session.personalId, organisationCode: session.organisationCode, clock: systemClock }).catch((err: unknown) => {
    if (isAppError(err, 'notFound')) return null;
    throw err;
  });
  if (!page) return Response.json({ error: 'notFound' }, { status: 404 });
  redirect(`/applications/${id}/${page.app.status === 'needsSupplement' ? 'review' : firstUnanswered(page.open)}`);
}
