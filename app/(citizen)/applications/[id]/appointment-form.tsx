'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { bookAppointmentAction, type AppointmentState } from '../actions';

export type SlotOption = { startsAt: string; time: string };

/**
 * The ceremony slot, chosen from the registry's published hours grouped by day. With a booking
 * already made, the same form moves it; it can be moved once.
 */
export function AppointmentForm({ applicationId, days, current, canMove }: { applicationId: string; days: { label: string; slots: SlotOption[] }[]; current: string | null; canMove: boolean }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<AppointmentState, FormData>(bookAppointmentAction, {});
  const error = state.message ? t(state.message as 'validation.choose') : null;
  return (
    <section aria-labelledby="appointment" className="space-y-4 rounded-md border-4 border-focus p-4">
      <h2 id="appointment" className="text-2xl font-bold">{t('appointment.title')}</h2>
      {current ? <p className="text-lg font-semibold" role="status">{t('appointment.booked', { when: current })}</p> : <p>{t('appointment.lead')}</p>}
      {current && <p>{canMove ? t('appointment.canMove') : t('appointment.cannotMove')}</p>}
      <p>{t('appointment.bring')}</p>
      {(!current || canMove) && (
        <form action={action} className="space-y-3">
          <input type="hidden" name="applicationId" value={applicationId} />
          <fieldset aria-describedby={error ? 'appointment-error' : undefined}>
            <legend className="field-label">{t(current ? 'appointment.moveLegend' : 'appointment.legend')}</legend>
            {error && <p id="appointment-error" className="field-error">{error}</p>}
            {days.length === 0 && <p>{t('appointment.none')}</p>}
            <div className="space-y-3">
              {days.map((day) => (
                <div key={day.label} role="group" aria-label={day.label}>
                  <p className="font-semibold">{day.label}</p>
                  <div className="flex flex-wrap gap-2">
                    {day.slots.map((s) => (
                      <label key={s.startsAt} className="flex min-h-11 items-center gap-2 rounded-md border-2 border-neutral-400 px-3">
                        <input type="radio" name="startsAt" value={s.startsAt} className="h-5 w-5 accent-brand" aria-label={`${day.label} ${s.time}`} />
                        <span>{s.time}</span>
                      </label>
                    ))}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="btn-primary" disabled={pending}>{t(current ? 'appointment.move' : 'appointment.book')}</button>
        </form>
      )}
    </section>
  );
}
