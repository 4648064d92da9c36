import type { Db } from '@/db/types';
import { createMockPopulation } from './mock';
import type { PopulationRegistry } from './types';

export * from './types';

/**
 * The population registry for a database handle. Only the mock exists today; a client of the
 * real service would be chosen here from lib/env.ts.
 */
export function population(db: Db): PopulationRegistry {
  return createMockPopulation(db);
}
