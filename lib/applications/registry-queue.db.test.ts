import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { applications } from '@/db/schema';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { at, LAN } from './test-fixtures';
import { QUEUE_PAGE_SIZE, queueCursor, registryQueue } from './registry-queue';

/*
 * The office queue is paged by keyset (issue 11, P3): every open application appears exactly once,
 * in queue order (earliest due date first, none last; then earliest submitted), whatever page it
 * falls on, and an altered cursor gives the first page rather than an error or someone else's list.
 */

const SA_PA = '03006';

describeEachDatabase('the office queue, a page at a time', (db) => {
  const ids: string[] = [];
  beforeAll(async () => {
    await seedPersonas(db());
    // 120 open applications at Sa Pa: due dates over ten days, several on the same day and second, a few with none.
    const rows = Array.from({ length: 120 }, (_, n) => ({
      id: randomUUID(),
      dossierCode: `03006-261201-${String(9000 + n)}`,
      procedureCode: 'birthRegistration',
      formVersion: 1,
      registryCode: SA_PA,
      applicantPersonalId: LAN,
      startKey: randomUUID(),
      status: n % 7 === 0 ? 'inReview' : 'submitted',
      subjectName: `Trẻ ${n}`,
      submittedAt: at(`2026-12-01T${String(8 + (n % 5)).padStart(2, '0')}:00`),
      dueOn: n % 30 === 29 ? null : `2026-12-${String(2 + (n % 10)).padStart(2, '0')}`,
    }));
    await db().insert(applications).values(rows);
    ids.push(...rows.map((r) => r.id));
  });

  it('P3: 120 open applications come in pages of 50, 50 and 20, each once, in queue order; the count says 120', async () => {
    const clock = () => at('2026-12-03T09:00');
    const seen: { id: string; dueOn: string | null; submittedAt: Date | null }[] = [];
    let after: string | undefined;
    const sizes: number[] = [];
    for (let pages = 0; pages < 5; pages++) {
      const page = await registryQueue(db(), SA_PA, clock, after ? { after } : {});
      expect(page.total).toBe(120);
      expect(page.first).toBe(pages === 0);
      sizes.push(page.items.length);
      seen.push(...page.items);
      if (!page.next) break;
      after = page.next;
    }
    expect(sizes).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 20]);
    expect(new Set(seen.map((s) => s.id)).size).toBe(120);
    expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
    const key = (s: (typeof seen)[number]) => `${s.dueOn ?? '9999-12-31'} ${s.submittedAt?.toISOString() ?? '~'} ${s.id}`;
    expect(seen.map(key)).toEqual(seen.map(key).sort());
    expect(seen.at(-1)!.dueOn).toBeNull();
  });

  it('an altered or foreign cursor gives the first page', async () => {
    const clock = () => at('2026-12-03T09:00');
    const first = await registryQueue(db(), SA_PA, clock);
    for (const after of ['not-a-cursor', Buffer.from('{"d":"x"}').toString('base64url'), queueCursor({ dueOn: null, submittedAt: null, id: 'x' as never })]) {
      const page = await registryQueue(db(), SA_PA, clock, { after });
      expect(page.first).toBe(true);
      expect(page.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    }
  });
});
