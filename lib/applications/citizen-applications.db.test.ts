import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { APPLICANT_PAGE_SIZE, applicationsOfApplicant } from './citizen-applications';
import { startApplication } from './start-application';
import { at, LAN, MINH } from './test-fixtures';

describeEachDatabase('"My applications" is paged by keyset, never unbounded', (db) => {
  const started: string[] = [];

  beforeAll(async () => {
    await seedPersonas(db());
    // Drafts started one after another: several may change within the same millisecond.
    for (let i = 0; i < APPLICANT_PAGE_SIZE + 5; i++) {
      const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now: at('2026-11-23T09:00') });
      started.push(app.id);
    }
  });

  it('gives the latest changes first, a page at a time, each application once', async () => {
    const first = await applicationsOfApplicant(db(), LAN, null);
    expect(first.first).toBe(true);
    expect(first.items).toHaveLength(APPLICANT_PAGE_SIZE);
    expect(first.next).toEqual(expect.any(String));
    const second = await applicationsOfApplicant(db(), LAN, null, { after: first.next! });
    expect(second.first).toBe(false);
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    expect(seen.map((a) => a.id)).toEqual(expect.arrayContaining(started));
    const times = seen.map((a) => a.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The list's columns only: not the answers.
    expect(Object.keys(first.items[0]!).sort()).toEqual(['dossierCode', 'id', 'procedureCode', 'status', 'subjectName', 'updatedAt']);
  });

  it('starts again from the latest for an altered cursor, and shows nobody else\'s applications', async () => {
    const altered = await applicationsOfApplicant(db(), LAN, null, { after: Buffer.from('{"u":"x","i":"y"}').toString('base64url') });
    expect(altered.first).toBe(true);
    expect(altered.items).toHaveLength(APPLICANT_PAGE_SIZE);
    const minh = await applicationsOfApplicant(db(), MINH, null);
    expect(minh.items.map((a) => a.id).filter((id) => started.includes(id))).toEqual([]);
  });
});
