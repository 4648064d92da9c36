import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/calendar';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';
import { simulatorClient } from '@/lib/vneid-sim';
import { APP_COOKIE, appSessionPerson } from '@/lib/vneid-sim/app-session';
import { approvalsOf } from '@/lib/vneid-sim/approvals';
import { appSignOut } from './actions';
import { AnswerForm, AppSignInForm } from './forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('vneidApp'))('title') };
}

/**
 * The citizen's VNeID phone app, simulated: after signing in, the requests to act on their behalf
 * appear here as a push would, to approve or refuse (issue 12: assisted filing).
 */
export default async function SimulatedVneidAppPage() {
  if (!simulatorClient()) notFound();
  const now = systemClock();
  const [t, format] = await Promise.all([getTranslations('vneidApp'), getFormatter()]);
  const personalId = await appSessionPerson((await cookies()).get(APP_COOKIE)?.value, now);
  const db = await getDb();
  const person = personalId ? await population(db).findPerson(personalId) : null;
  const requests = person ? await approvalsOf(db, person.personalId, now) : [];
  const when = (d: Date) => format.dateTime(d, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-3xl border-8 border-neutral-800 p-5">
      <h1 className="text-2xl font-bold text-[#0d47a1]">{t('title')}</h1>
      <p className="rounded bg-neutral-100 p-3 text-sm">{t('notice')}</p>
      {!person ? (
        <AppSignInForm />
      ) : (
        <>
          <p>
            <strong>{person.fullName}</strong>
            <br />
            {formatPersonalId(person.personalId)}
          </p>
          <section aria-labelledby="requests" className="space-y-3">
            <h2 id="requests" className="text-xl font-bold">{t('requests')}</h2>
            {requests.length === 0 && <p>{t('none')}</p>}
            <ul className="space-y-3">
              {requests.map((r) => (
                <li key={r.id} className="space-y-2 rounded-md border-2 border-[#0d47a1] p-3">
                  <p className="text-sm text-ink-muted">{when(r.createdAt)}</p>
                  <p>{t('request', { requester: r.requester, purpose: r.purpose })}</p>
                  {r.status === 'pending' ? <AnswerForm id={r.id} /> : <p className="font-semibold">{t(`answered.${r.status}`)}</p>}
                </li>
              ))}
            </ul>
          </section>
          <form action={appSignOut}>
            <button type="submit" className="btn-secondary">{t('signOut')}</button>
          </form>
        </>
      )}
    </div>
  );
}
