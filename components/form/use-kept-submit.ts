'use client';

import { useState, useTransition, type FormEvent } from 'react';

/**
 * Sends a form to its action from the submit handler rather than as the form's `action`: React
 * resets a form after its action, and a refused attempt must keep what was typed and the files
 * chosen. `attempt` counts the sends, for the error summary to take the focus each time. The form
 * still names the action too (`<form action={action} onSubmit={submit}>`): sent before the page's
 * scripts run, it posts to the action rather than putting the answers in the page's address.
 */
export function useKeptSubmit(action: (data: FormData) => void) {
  const [, startTransition] = useTransition();
  const [attempt, setAttempt] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setAttempt((n) => n + 1);
    startTransition(() => action(data));
  };
  return { submit, attempt };
}
