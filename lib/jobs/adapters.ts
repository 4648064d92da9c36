import type { Db } from '@/db/types';
import type { Clock } from '@/lib/calendar';
import { createMockResidenceAgency, createMockSocialInsuranceAgency, type ResidenceAgency, type SocialInsuranceAgency } from '@/lib/integrations';
import { createDemoMessageGateway, type MessageGateway } from '@/lib/notifications';

/** The other systems the outbox delivers to. */
export type JobAdapters = {
  messages: MessageGateway;
  residence: ResidenceAgency;
  socialInsurance: SocialInsuranceAgency;
};

/** The demo set: every receiving system is a mock writing to this database. */
export function mockAdapters(db: Db, clock: Clock): JobAdapters {
  return {
    messages: createDemoMessageGateway(db),
    residence: createMockResidenceAgency(db, clock),
    socialInsurance: createMockSocialInsuranceAgency(db, clock),
  };
}
