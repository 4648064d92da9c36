import { redirect } from 'next/navigation';
import { viewsOfPerson } from '@/lib/civil-status/register';
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { requireCitizenPage } from '@/lib/auth';
import { getCitizenProfile } from '@/lib/citizens/profile';
import { consentRequestsOf } from '@/lib/applications/consents';
import { answerConsentAction } from './consent-actions';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

export default async function MyDetailsPage() {
  const citizen = await requireCitizenPage('/me');
  // A representative's own details are not the organisation's business, nor shown in its session.
  if (citizen.organisationCode) redirect('/applications');
  const db = await getDb();
  const [t, tc, format, profile, consents, views] = await Promise.all([
    getTranslations(),
    getTranslations('common'),
    getFormatter(),
    getCitizenProfile(db, citizen.personalId),
    consentRequestsOf(db, citizen.personalId),
    viewsOfPerson(db, citizen.personalId),
  ]);
  // "copyRequest: HT-…" → "Cấp bản sao: HT-…"
  const purposeText = (purpose: string) => {
    const [code, ...note] = purpose.split(': ');
    const known = t.has(`registerSearch.purposes.${code}`) ? t(`registerSearch.purposes.${code as 'other'}`) : code;
    return [known, ...note].join(': ');
  };
  if (!profile) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('me.title')}</h1>
        <p role="alert">{t('me.notInDatabase')}</p>
      </div>
    );
  }
  const { person, registry, records } = profile;
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: 'numeric', month: 'long', year: 'numeric' });
  const none = <span className="text-ink-muted">{tc('notProvided')}</span>;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('me.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('me.lead')}</p>
      </div>
      {consents.length > 0 && (
        <section aria-labelledby="consents" className="space-y-3 rounded-md border-4 border-focus p-4">
          <h2 id="consents" className="text-2xl font-bold">{t('consent.title')}</h2>
          <p>{t('consent.lead')}</p>
          <ul className="space-y-3">
            {consents.map((c) => (
              <li key={c.id} className="space-y-2">
                <p>{t('consent.request', { applicant: c.applicantName, purpose: t(c.purposeMessage as 'common.home'), code: c.dossierCode ?? '' })}</p>
                {c.subjectName && <p className="text-sm text-ink-muted">{t('consent.about', { name: c.subjectName })}</p>}
                {c.status === 'requested' ? (
                  <form action={answerConsentAction} className="flex flex-wrap gap-3">
                    <input type="hidden" name="consentId" value={c.id} />
                    <button type="submit" name="answer" value="agree" className="btn-primary">{t('consent.agree')}</button>
                    <button type="submit" name="answer" value="decline" className="btn-secondary">{t('consent.decline')}</button>
                  </form>
                ) : (
                  <p className="font-semibold">{t(`consent.status.${c.status as 'given'}`)}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SummaryList
        rows={[
          { label: t('me.fullName'), value: <span className="text-lg font-bold">{person.fullName}</span> },
          { label: t('me.personalId'), value: formatPersonalId(person.personalId) },
          { label: t('me.dateOfBirth'), value: date(person.dateOfBirth) },
          { label: t('me.sex'), value: t(`sex.${person.sex}`) },
          { label: t('me.ethnicity'), value: ethnicityName(person.ethnicityCode) ?? person.ethnicityCode },
          { label: t('me.nationality'), value: person.nationality === 'VN' ? t('nationality.VN') : person.nationality },
          { label: t('me.placeOfBirth'), value: person.placeOfBirth },
          { label: t('me.homeTown'), value: person.homeTown },
          { label: t('me.permanentResidence'), value: person.permanentResidence ? formatAddress(person.permanentResidence) : none },
          ...(person.temporaryResidence ? [{ label: t('me.temporaryResidence'), value: formatAddress(person.temporaryResidence) }] : []),
          { label: t('me.maritalStatus'), value: t(`maritalStatus.${person.maritalStatus ?? 'unknown'}`) },
          { label: t('me.phone'), value: person.phone ?? none },
          { label: t('me.email'), value: person.email ?? none },
          { label: t('me.registry'), value: registry?.name ?? none },
        ]}
      />
      <section aria-labelledby="records" className="space-y-3">
        <h2 id="records" className="text-2xl font-bold">{t('me.recordsTitle')}</h2>
        {records.length === 0 ? (
          <p>{t('me.noRecords')}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {records.map((r) => (
              <li key={r.id}>
                {t('me.record', { event: t(`events.${r.eventType}`), number: r.entryNumber, book: r.book, date: date(r.registeredOn), registry: r.registryName })}
                {r.status !== 'official' && <strong> — {t(`me.recordStatus.${r.status as 'deleted'}`)}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="views" className="space-y-2">
        <h2 id="views" className="text-2xl font-bold">{t('views.title')}</h2>
        <p>{t('views.lead')}</p>
        {views.length === 0 ? (
          <p>{t('views.none')}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {views.map((v) => (
              <li key={v.id}>
                {t('views.line', {
                  when: format.dateTime(v.at, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
                  name: v.viewerName,
                  body: v.viewerBody,
                  purpose: purposeText(v.purpose),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
