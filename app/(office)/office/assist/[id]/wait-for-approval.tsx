'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';

/**
 * While the citizen answers on their phone, the page asks again every few seconds, as a push
 * would arrive; the button asks at once (and works without the timer, by keyboard).
 */
export function WaitForApproval({ label }: { label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const timer = setInterval(() => startTransition(() => router.refresh()), 3000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <button type="button" className="btn-secondary" aria-busy={pending} onClick={() => startTransition(() => router.refresh())}>
      {label}
    </button>
  );
}
