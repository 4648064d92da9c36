import { getFormatter, getTranslations } from 'next-intl/server';
import type { AttachmentRow } from '@/db/queries/attachments';
import { reuseDocumentAction } from '../../actions';
import { DocumentsContinue, FileDropzone } from './page-parts';

import Link from 'next/link';
import type { ReusableDocuments } from '@/lib/applications/attachments';

/**
 * The attachments page: one drop zone per document the application needs and, where the
 * applicant already holds a valid e-document of that kind, a button to use it instead of a photo
 * (Circular 01/2022 Art. 6(2)).
 */
export async function DocumentsStep({
  applicationId,
  step,
  messages,
  required,
  attachments,
  reusable,
}: {
  applicationId: string;
  step: string;
  messages: string;
  required: string[];
  attachments: AttachmentRow[];
  reusable: ReusableDocuments;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const label = (kind: string) => t(`${messages}.fields.${kind}`);
  return (
    <div className="space-y-8">
      {required.map((kind) => {
        const files = attachments.filter((a) => a.kind === kind);
        const reuse = reusable[kind];
        const candidates = (reuse?.candidates ?? []).filter((d) => !files.some((f) => f.issuedDocumentId === d.id));
        const attachedOne = files.some((f) => f.issuedDocumentId);
        return (
          <section key={kind} aria-labelledby={`h-${kind}`} className="space-y-3">
            <h2 id={`h-${kind}`} className="text-xl font-bold">{label(kind)}</h2>
            {files.filter((f) => f.issuedDocumentId).map((f) => (
              <p key={f.id} role="status" className="rounded-md bg-green-800 p-3 font-semibold text-white">✓ {t('reuse.attached')}</p>
            ))}
            {candidates.length > 0 && (
              <div className="space-y-2 rounded-md border-4 border-focus p-4">
                <p className="font-semibold">{t('reuse.lead')}</p>
                {candidates.map((d) => (
                  <form key={d.id} action={reuseDocumentAction}>
                    <input type="hidden" name="applicationId" value={applicationId} />
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="step" value={step} />
                    <input type="hidden" name="documentId" value={d.id} />
                    <button type="submit" className="btn-primary">
                      {t('reuse.use', { date: format.dateTime(d.issuedAt, { day: '2-digit', month: '2-digit', year: 'numeric' }) })}
                    </button>
                  </form>
                ))}
              </div>
            )}
            {reuse && candidates.length === 0 && !attachedOne && (
              <p className="rounded-md bg-neutral-100 p-3">
                {reuse.own && reuse.procedureCode ? (
                  <>
                    {t('reuse.noneYet')} <Link href={`/apply/${reuse.procedureCode}`}>{t('reuse.apply', { procedure: t(`procedures.${reuse.procedureCode}.name`) })}</Link>
                  </>
                ) : (
                  t('reuse.otherParty', { procedure: reuse.procedureCode ? t(`procedures.${reuse.procedureCode}.name`) : '' })
                )}
              </p>
            )}
            <FileDropzone
              key={files.map((f) => f.id).join()}
              uploadUrl={`/api/applications/${applicationId}/attachments?kind=${kind}`}
              label={label(kind)}
              inputId={`file-${kind}`}
              initial={files.map((a) => ({ id: a.id, originalName: a.originalName, size: a.size }))}
              queue={{ applicationId, kind }}
            />
          </section>
        );
      })}
      <DocumentsContinue applicationId={applicationId} required={required.map((kind) => ({ kind, label: label(kind) }))} />
    </div>
  );
}
