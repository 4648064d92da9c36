'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import type { RequiredDocument } from '@/lib/procedures/birth-registration';
import { saveDocumentsStepAction } from '../../actions';

/** Moves on from the attachments page once every required document has at least one file. */
export function DocumentsContinue({ applicationId, required }: { applicationId: string; required: RequiredDocument[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [missing, setMissing] = useState<RequiredDocument[]>([]);
  return (
    <div className="space-y-4">
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={missing.map((kind) => ({ href: `#h-${kind}`, message: `${t(`birth.fields.${kind}`)}: ${t('validation.attachmentRequired')}` }))}
      />
      <button
        type="button"
        className="btn-primary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await saveDocumentsStepAction(applicationId);
            if (result.ok) router.push(result.next);
            else setMissing(required.filter((k) => result.missing.includes(k)));
          })
        }
      >
        {t('form.continue')}
      </button>
    </div>
  );
}
