'use client';

import { useEffect, useRef, type MouseEvent } from 'react';

/**
 * The list of problems at the top of a page (GOV.UK error summary). It takes the focus when it
 * appears and again on every failed attempt (`attempt` changes: a counter, or each attempt's
 * answer), so a keyboard or screen-reader user lands on the list, not on the first field; each
 * link moves the focus to its field.
 */
export function ErrorSummary({ title, errors, attempt = 0 }: { title: string; errors: { href: string; message: string }[]; attempt?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.href + e.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key, attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-4">
      <h2 className="mb-2 text-lg font-bold">{title}</h2>
      <ul className="list-disc space-y-1 ps-5">
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a href={e.href} onClick={(event) => focusField(event, e.href)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Follows the link as a browser would, then puts the focus in the field itself (an anchor alone only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
  if (!target) return;
  event.preventDefault();
  // A section heading (an attachment kind) takes the focus too, so the next Tab is its upload.
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  history.replaceState(null, '', href);
}
