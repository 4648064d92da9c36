import type { BirthAnswers } from '@/lib/procedures/birth-registration';

/** Attachments page: filled in by the upload component (see components/form/file-dropzone). */
export function DocumentsStep(_props: { applicationId: string; answers: BirthAnswers; birthNotice: boolean }) {
  return null;
}
