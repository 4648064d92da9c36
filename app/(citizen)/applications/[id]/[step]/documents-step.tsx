import { getTranslations } from 'next-intl/server';
import { FileDropzone } from '@/components/form/file-dropzone';
import type { AttachmentRow } from '@/db/queries/attachments';
import type { RequiredDocument } from '@/lib/procedures/birth-registration';
import { DocumentsContinue } from './documents-continue';

/** The attachments page: one drop zone per document the application needs. */
export async function DocumentsStep({ applicationId, required, attachments }: { applicationId: string; required: RequiredDocument[]; attachments: AttachmentRow[] }) {
  const t = await getTranslations('birth.fields');
  return (
    <div className="space-y-8">
      {required.map((kind) => (
        <section key={kind} aria-labelledby={`h-${kind}`} className="space-y-3">
          <h2 id={`h-${kind}`} className="text-xl font-bold">{t(kind)}</h2>
          <FileDropzone
            uploadUrl={`/api/applications/${applicationId}/attachments?kind=${kind}`}
            label={t(kind)}
            inputId={`file-${kind}`}
            initial={attachments.filter((a) => a.kind === kind).map((a) => ({ id: a.id, originalName: a.originalName, size: a.size }))}
          />
        </section>
      ))}
      <DocumentsContinue applicationId={applicationId} required={required} />
    </div>
  );
}
