'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { saveDocumentsStepAction } from '../../actions';

/** Moves on from the attachments page once every required document has at least one file. */
export function DocumentsContinue({ applicationId, required }: { applicationId: string; required: { kind: string; label: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [missing, setMissing] = useState<{ kind: string; label: string }[]>([]);
  return (
    <div className="space-y-4">
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={missing.map((d) => ({ href: `#h-${d.kind}`, message: `${d.label}: ${t('validation.attachmentRequired')}` }))}
        attempt={missing}
      />
      <button
        type="button"
        className="btn-primary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await saveDocumentsStepAction(applicationId);
            if (result.ok) router.push(result.next);
            else setMissing(required.filter((d) => result.missing.includes(d.kind)));
          })
        }
      >
        {t('form.continue')}
      </button>
    </div>
  );
}
