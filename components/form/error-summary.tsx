'use client';

import { useEffect, useRef } from 'react';

/** The list of problems at the top of a page, focused when it appears (GOV.UK error summary). */
export function ErrorSummary({ title, errors }: { title: string; errors: { href: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.href + e.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-4">
      <h2 className="mb-2 text-lg font-bold">{title}</h2>
      <ul className="list-disc space-y-1 ps-5">
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={e.href}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
