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
