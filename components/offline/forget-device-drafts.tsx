'use client';

import { useEffect } from 'react';
import { dropAllDrafts, dropApplicationDrafts } from '@/lib/offline/device-drafts';

/** Rendered once an application is submitted: nothing typed for it stays on the device (shared phones). */
export function ForgetApplicationDrafts({ applicationId }: { applicationId: string }) {
  useEffect(() => {
    void dropApplicationDrafts(applicationId);
  }, [applicationId]);
  return null;
}

/**
 * The sign-out button: what was typed on this device is dropped before the session ends. The
 * form's server action runs after, as the button's form submits it.
 */
export function SignOutButton({ label, className }: { label: string; className: string }) {
  return (
    <button
      type="submit"
      className={className}
      onClick={(event) => {
        const form = event.currentTarget.form;
        if (!form || form.dataset.cleared === '1') return;
        event.preventDefault();
        void dropAllDrafts().finally(() => {
          form.dataset.cleared = '1';
          form.requestSubmit();
        });
      }}
    >
      {label}
    </button>
  );
}
