import { z } from 'zod';
import { selectApplication, type ApplicationRow } from '@/db/queries/applications';
import { selectAppointment, selectAppointmentsBetween, selectBookedSlots, upsertAppointment, type AppointmentRow } from '@/db/queries/appointments';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { addDays, calendar, weekday, zonedInstant, zonedParts } from '@/lib/calendar';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import { procedureOf } from '@/lib/procedures';
import { getRegistry } from '@/lib/registries';
import { annotate } from '@/lib/workflow/apply-action';

/*
 * The in-person appointment of a procedure with a ceremony (marriage, Law Art. 18(2)). Once the
 * draft is confirmed the parties pick a slot from the registry's published hours, on a working day
 * on or after the due date; they may move it once. Both are told by SMS and e-mail. A slot holds
 * one ceremony (a unique key), so two couples cannot book the same one.
 */

const TZ = 'Asia/Ho_Chi_Minh';
/** How far ahead the parties may book, in working days from the first bookable day. */
const BOOKING_WINDOW_WORKING_DAYS = 10;

export type Slot = { startsAt: string; date: string; time: string };

async function bookableApplication(db: Db, applicationId: string, personalId: string, organisationCode: string | null, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow> {
  const app = await selectApplication(db, applicationId, { partyPersonalId: personalId, organisationCode }, options);
  if (!app) throw new AppError('notFound');
  if (procedureOf(app.procedureCode).presence !== 'ceremony' || app.status !== 'awaitingPickup') throw new AppError('illegalTransition', 'No appointment to book now');
  return app;
}

/** The free slots of the registry's published hours the parties may choose from. */
export async function openSlots(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date }): Promise<{ slots: Slot[]; appointment: AppointmentRow | null }> {
  const app = await bookableApplication(db, input.applicationId, input.personalId, input.organisationCode);
  const appointment = (await selectAppointment(db, app.id)) ?? null;
  return { slots: await freeSlots(db, app, input.now), appointment };
}

async function freeSlots(db: Db, app: ApplicationRow, now: Date): Promise<Slot[]> {
  const registry = await getRegistry(db, app.registryCode);
  if (!registry) throw new AppError('notFound');
  const today = calendar.localDate(now);
  let day = calendar.workingDayOnOrAfter(app.dueOn && app.dueOn > today ? app.dueOn : today);
  const days: string[] = [];
  while (days.length < BOOKING_WINDOW_WORKING_DAYS) {
    // A registry may publish fewer days than the working week (weekday 1 = Monday).
    if (registry.publishedHours.weekdays.includes(((weekday(day) + 6) % 7) + 1)) days.push(day);
    day = calendar.nextWorkingDay(day);
  }
  const from = zonedInstant(days[0]!, '00:00', TZ);
  const to = zonedInstant(addDays(days.at(-1)!, 1), '00:00', TZ);
  const taken = new Set((await selectBookedSlots(db, app.registryCode, from, to)).filter((b) => b.applicationId !== app.id).map((b) => b.startsAt.getTime()));
  const slots: Slot[] = [];
  for (const date of days) {
    for (const time of registry.publishedHours.slots) {
      const startsAt = zonedInstant(date, time, TZ);
      // Not a slot already begun or within the next hour: the parties need time to come.
      if (startsAt.getTime() < now.getTime() + 3_600_000 || taken.has(startsAt.getTime())) continue;
      slots.push({ startsAt: startsAt.toISOString(), date, time });
    }
  }
  return slots;
}

const bookingInput = z.object({ startsAt: z.iso.datetime({ offset: true, error: 'validation.choose' }) });

/** Books a slot, or moves the appointment once; both parties are told. */
export async function bookAppointment(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; startsAt: unknown; now: Date }) {
  const parsed = bookingInput.safeParse({ startsAt: input.startsAt });
  if (!parsed.success) throw new AppError('invalidInput', 'No slot chosen', { fieldErrors: { startsAt: 'validation.choose' } });
  const startsAt = new Date(parsed.data.startsAt);
  return inTransaction(db, async (tx) => {
    const app = await bookableApplication(tx, input.applicationId, input.personalId, input.organisationCode, { forUpdate: true });
    const current = await selectAppointment(tx, app.id);
    if (current && current.moves >= 1) throw new AppError('conflict', 'The appointment was already moved once', { reason: 'appointmentMovedOnce' });
    if (current && current.startsAt.getTime() === startsAt.getTime()) return current;
    const offered = await freeSlots(tx, app, input.now);
    if (!offered.some((s) => new Date(s.startsAt).getTime() === startsAt.getTime())) throw new AppError('conflict', 'The slot is not offered', { reason: 'slotTaken' });
    const saved = await upsertAppointment(tx, { applicationId: app.id, registryCode: app.registryCode, startsAt, moves: current ? current.moves + 1 : 0, bookedBy: input.personalId, updatedAt: input.now }).catch((err: unknown) => {
      // Another couple took the slot between the list and the click.
      if (isUniqueViolation(err)) throw new AppError('conflict', 'The slot was just taken', { reason: 'slotTaken' });
      throw err;
    });
    const { date, time } = zonedParts(startsAt, TZ);
    const updated = await annotate(tx, {
      applicationId: app.id,
      annotation: current ? 'moveAppointment' : 'bookAppointment',
      actor: { kind: 'citizen', id: input.personalId },
      scope: { partyPersonalId: input.personalId, organisationCode: input.organisationCode },
      now: input.now,
      payload: { startsAt: startsAt.toISOString(), ...(current ? { previous: current.startsAt.toISOString() } : {}) },
      changes: {},
    });
    const registry = await getRegistry(tx, app.registryCode);
    await notifyApplicant(tx, updated, 'appointmentBooked', { date, time: time.slice(0, 5), registryName: registry ? `${registry.name}, ${registry.provinceName}` : app.registryCode, moved: Boolean(current) }, input.now);
    return saved;
  });
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === '23505';
}

/** The appointment of an application the person is a party to, or that the registry handles. */
export async function appointmentOf(db: Db, applicationId: string): Promise<AppointmentRow | null> {
  return (await selectAppointment(db, applicationId)) ?? null;
}

/**
 * A registry's appointments from a day on (the day's list first, then the coming days), in time
 * order, for the officer's list; only those still waiting for their ceremony.
 */
export async function upcomingAppointments(db: Db, registryCode: string, date: string, days = 14) {
  const from = zonedInstant(date, '00:00', TZ);
  const to = zonedInstant(addDays(date, days), '00:00', TZ);
  return (await selectAppointmentsBetween(db, registryCode, from, to)).filter((a) => a.status === 'awaitingPickup');
}
