import { selectOfflineProceduresOfRegistry } from '@/db/queries/registry-procedures';
import { countResidentsOfRegistry } from '@/db/queries/population';
import type { Db } from '@/db/types';
import type { getOfficeUser } from '@/lib/auth/office-accounts';
import { calendar, type Clock } from '@/lib/calendar';
import { provinceName } from '@/lib/reference/address';
import { getRegistry } from '@/lib/registries';

/**
 * The office landing page: who is signed in, for which registry or province, today's working-day
 * status, and the registry's online-reception settings. Scoped by the office account behind the
 * session (the one the guard checked), never by input; its reads go together.
 */
export async function getOfficeDashboard(db: Db, user: Awaited<ReturnType<typeof getOfficeUser>>, clock: Clock) {
  if (!user || !user.active) return null;
  const code = user.registryCode;
  const [registry, residents, offlineProcedures] = await Promise.all([
    code ? getRegistry(db, code) : undefined,
    code ? countResidentsOfRegistry(db, code) : null,
    code ? selectOfflineProceduresOfRegistry(db, code) : [],
  ]);
  const today = calendar.localDate(clock());
  return {
    user,
    registry: registry ?? null,
    province: user.provinceCode ? { code: user.provinceCode, name: provinceName(user.provinceCode) ?? user.provinceCode } : null,
    residents,
    offlineProcedures,
    today: { date: today, isWorkingDay: calendar.isWorkingDay(today), nextWorkingDay: calendar.nextWorkingDay(today) },
  };
}
