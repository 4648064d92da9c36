'use client';

import { useEffect } from 'react';
import { dropAllDrafts, dropApplicationDrafts } from '@/lib/offline/device-drafts';
import { forgetPages } from '@/lib/offline/page-cache';

/** Rendered once an application is submitted: nothing typed for it, and none of its pages, stays on the device (shared phones). */
export function ForgetApplicationDrafts({ applicationId }: { applicationId: string }) {
  useEffect(() => {
    void dropApplicationDrafts(applicationId);
    void forgetPages(applicationId);
  }, [applicationId]);
  return null;
}

/**
 * The sign-out button: what was typed on this device, and the form pages kept for a lost
 * connection, are dropped before the session ends. The
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
        void Promise.all([dropAllDrafts(), forgetPages()]).finally(() => {
          form.dataset.cleared = '1';
          form.requestSubmit();
        });
      }}
    >
      {label}
    </button>
  );
}
