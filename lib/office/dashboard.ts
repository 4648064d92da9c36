import { selectOfflineProceduresOfRegistry } from '@/db/queries/registry-procedures';
import { countPeople } from '@/db/queries/population';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import type { OfficeSession } from '@/lib/auth/guards';
import { calendar, type Clock } from '@/lib/calendar';
import { provinceName } from '@/lib/reference/address';
import { getRegistry } from '@/lib/registries';

/**
 * The office landing page: who is signed in, for which registry or province, today's working-day
 * status, and the registry's online-reception settings. Scoped by the session, never by input.
 */
export async function getOfficeDashboard(db: Db, session: OfficeSession, clock: Clock) {
  const user = await getOfficeUser(db, session.userId);
  if (!user || !user.active) return null;
  const registry = user.registryCode ? await getRegistry(db, user.registryCode) : undefined;
  const now = clock();
  const today = calendar.localDate(now);
  const [residents, offlineProcedures] = await Promise.all([
    registry ? countPeople(db, { communeCode: registry.communeCode }) : null,
    registry ? selectOfflineProceduresOfRegistry(db, registry.code) : [],
  ]);
  return {
    user,
    registry: registry ?? null,
    province: user.provinceCode ? { code: user.provinceCode, name: provinceName(user.provinceCode) ?? user.provinceCode } : null,
    residents,
    offlineProcedures,
    today: { date: today, isWorkingDay: calendar.isWorkingDay(today), nextWorkingDay: calendar.nextWorkingDay(today) },
  };
}
