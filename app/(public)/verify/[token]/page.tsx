import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DocumentPreview } from '@/components/documents/document-preview';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { systemClock } from '@/lib/calendar';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title'), robots: { index: false } };
}

/** What the QR code opens: no sign-in; the signature and the live status, and only the printed fields. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // malformed: the signature check will refuse it
  }
}

export default async function VerifyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, result] = await Promise.all([getTranslations(), getFormatter(), getDb().then((db) => documentForVerification(db, safeDecode(token), systemClock()))]);
  if (!result.ok) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t('verify.title')}</h1>
        <div role="alert" className="rounded-md border-4 border-brand p-4">
          <p className="text-xl font-bold">✗ {t('verify.invalid')}</p>
          <p>{t('verify.invalidLead')}</p>
        </div>
      </div>
    );
  }
  const valid = result.status === 'valid';
  const day = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t('verify.title')}</h1>
      <div role="status" className={`rounded-md p-4 ${valid ? 'bg-green-800 text-white' : 'border-4 border-brand'}`}>
        <p className="text-xl font-bold">{valid ? `✓ ${t('verify.valid')}` : `✗ ${t(`docs.status.${result.status}`)}`}</p>
        {result.status === 'deleted' && <p>{t('verify.deletedLead')}</p>}
        {result.current && (
          <p>{t('verify.supersededLead', { version: result.current.version, date: day(result.current.issuedAt), status: t(`docs.status.${result.current.status}`) })}</p>
        )}
      </div>
      <SummaryList
        rows={[
          { label: t('verify.kind'), value: t(`docs.${result.kind}`) },
          { label: t('verify.status'), value: t(`docs.status.${result.status}`) },
          ...(result.since ? [{ label: t('verify.since'), value: day(result.since) }] : []),
          ...(result.version > 1 || result.current ? [{ label: t('verify.version'), value: String(result.version) }] : []),
          { label: t('docs.issued'), value: format.dateTime(result.issuedAt, { day: '2-digit', month: '2-digit', year: 'numeric' }) },
          ...(result.registeredOn ? [{ label: t('verify.registeredOn'), value: result.registeredOn.split('-').reverse().join('/') }] : []),
          ...(result.validUntil ? [{ label: t('verify.validUntil'), value: result.validUntil.split('-').reverse().join('/') }] : []),
        ]}
      />
      {result.updates.length > 0 && (
        <section aria-labelledby="updates" className="space-y-2">
          <h2 id="updates" className="text-2xl font-bold">{t('verify.updatesTitle')}</h2>
          <p>{t('verify.updatesLead')}</p>
          <SummaryList rows={result.updates.map((u) => ({ label: t.has(u.field) ? t(u.field as 'verify.title') : u.field, value: u.value ?? '—' }))} />
        </section>
      )}
      <section aria-labelledby="printed" className="space-y-2">
        <h2 id="printed" className="text-2xl font-bold">{t('verify.printed')}</h2>
        <DocumentPreview rows={result.preview} />
      </section>
      <p className="text-sm text-ink-muted">{t('verify.offline')}</p>
    </div>
  );
}
