import type { Db } from '@/db/types';
import type { Clock } from '@/lib/calendar';
import { createMockPoliceAgency, createMockResidenceAgency, createMockSocialInsuranceAgency, type PoliceAgency, type ResidenceAgency, type SocialInsuranceAgency } from '@/lib/integrations';
import { createDemoMessageGateway, type MessageGateway } from '@/lib/notifications';
import { population, type PopulationRegistry } from '@/lib/population';

/** The other systems the outbox delivers to. */
export type JobAdapters = {
  messages: MessageGateway;
  residence: ResidenceAgency;
  socialInsurance: SocialInsuranceAgency;
  /** The National Population Database, for the changes registrations queue (Art. 3(2)). */
  population: PopulationRegistry;
  police: PoliceAgency;
};

/** Which implementation serves each system, as lib/env.ts chose (`env.adapters`). */
export type AdapterChoice = { population: 'mock'; agencies: 'mock'; messages: 'mock'; payments: 'mock' };

/**
 * The adapters the settings chose. Only the simulators exist in this build, and lib/env.ts refuses
 * them outside demo mode; a real client is one more case here per system.
 */
export function jobAdapters(db: Db, clock: Clock, choice: AdapterChoice): JobAdapters {
  const chosen = [choice.population, choice.agencies, choice.messages];
  if (chosen.some((c) => c !== 'mock')) throw new Error(`No adapter for ${JSON.stringify(choice)} in this build`);
  return mockAdapters(db, clock);
}

/** The demo set: every receiving system is a mock writing to this database. */
export function mockAdapters(db: Db, clock: Clock): JobAdapters {
  return {
    messages: createDemoMessageGateway(db),
    residence: createMockResidenceAgency(db, clock),
    socialInsurance: createMockSocialInsuranceAgency(db, clock),
    population: population(db),
    police: createMockPoliceAgency(db),
  };
}
