import { getTranslations } from 'next-intl/server';
import { FileDropzone } from '@/components/form/file-dropzone';
import type { AttachmentRow } from '@/db/queries/attachments';
import { DocumentsContinue } from './documents-continue';

/** The attachments page: one drop zone per document the application needs. */
export async function DocumentsStep({ applicationId, messages, required, attachments }: { applicationId: string; messages: string; required: string[]; attachments: AttachmentRow[] }) {
  const t = await getTranslations();
  const label = (kind: string) => t(`${messages}.fields.${kind}`);
  return (
    <div className="space-y-8">
      {required.map((kind) => (
        <section key={kind} aria-labelledby={`h-${kind}`} className="space-y-3">
          <h2 id={`h-${kind}`} className="text-xl font-bold">{label(kind)}</h2>
          <FileDropzone
            uploadUrl={`/api/applications/${applicationId}/attachments?kind=${kind}`}
            label={label(kind)}
            inputId={`file-${kind}`}
            initial={attachments.filter((a) => a.kind === kind).map((a) => ({ id: a.id, originalName: a.originalName, size: a.size }))}
          />
        </section>
      ))}
      <DocumentsContinue applicationId={applicationId} required={required.map((kind) => ({ kind, label: label(kind) }))} />
    </div>
  );
}
