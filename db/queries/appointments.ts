import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { applications, appointments } from '../schema';
import type { Db } from '../types';

export type AppointmentRow = typeof appointments.$inferSelect;

export async function selectAppointment(db: Db, applicationId: string): Promise<AppointmentRow | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.applicationId, applicationId)).limit(1);
  return row;
}

export async function upsertAppointment(db: Db, row: typeof appointments.$inferInsert): Promise<AppointmentRow> {
  const [saved] = await db
    .insert(appointments)
    .values(row)
    .onConflictDoUpdate({ target: appointments.applicationId, set: { startsAt: row.startsAt, moves: row.moves, bookedBy: row.bookedBy, updatedAt: row.updatedAt } })
    .returning();
  return saved!;
}

export async function selectBookedSlots(db: Db, registryCode: string, from: Date, to: Date) {
  return db
    .select({ applicationId: appointments.applicationId, startsAt: appointments.startsAt })
    .from(appointments)
    .where(and(eq(appointments.registryCode, registryCode), gte(appointments.startsAt, from), lt(appointments.startsAt, to)));
}

/** A registry's appointments in a period, with the application's code, status and names, in time order. */
export async function selectAppointmentsBetween(db: Db, registryCode: string, from: Date, to: Date) {
  return db
    .select({ applicationId: appointments.applicationId, startsAt: appointments.startsAt, moves: appointments.moves, dossierCode: applications.dossierCode, status: applications.status, subjectName: applications.subjectName })
    .from(appointments)
    .innerJoin(applications, eq(applications.id, appointments.applicationId))
    .where(and(eq(appointments.registryCode, registryCode), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt));
}

/** Appointments that began before `before` while their application still waits for the ceremony. */
export async function selectPastAppointmentsWaiting(db: Db, before: Date) {
  return db
    .select({ applicationId: appointments.applicationId, startsAt: appointments.startsAt })
    .from(appointments)
    .innerJoin(applications, eq(applications.id, appointments.applicationId))
    .where(and(lt(appointments.startsAt, before), eq(applications.status, 'awaitingPickup')));
}
