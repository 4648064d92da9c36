import { z } from 'zod';

/*
 * The interconnected birth bundle (Decree 63/2024): after the birth is registered the registry
 * sends the child's data to the residence registration system (permanent residence) and to
 * social insurance (health-insurance card for a child under 6). Both are other agencies'
 * systems, reached through these adapters and the outbox: delivered at least once, so every
 * receiving side must be idempotent by application.
 */

export const INTEGRATION_TOPICS = {
  residence: 'residence.permanentRegistration',
  socialInsurance: 'socialInsurance.healthCard',
} as const;

const address = z.object({ provinceCode: z.string(), communeCode: z.string(), detail: z.string() });

const birthRegistration = z.object({
  registryCode: z.string(),
  entryNumber: z.string(),
  book: z.string(),
  registeredOn: z.string(),
});

export const residenceRequest = z.object({
  applicationId: z.uuid(),
  childPersonalId: z.string().length(12),
  childFullName: z.string(),
  address,
  householdId: z.string().nullable(),
  relationshipToHead: z.string().nullable(),
  birthRegistration,
});
export type ResidenceRequest = z.infer<typeof residenceRequest>;

export const healthCardRequest = z.object({
  applicationId: z.uuid(),
  childPersonalId: z.string().length(12),
  childFullName: z.string(),
  sex: z.enum(['male', 'female']),
  dateOfBirth: z.string(),
  residence: address.nullable(),
  birthRegistration,
});
export type HealthCardRequest = z.infer<typeof healthCardRequest>;

/** What the receiving system answers: its own reference for the request. */
export type IntegrationAck = { reference: string; status: 'received' | 'completed' };

export interface ResidenceAgency {
  registerPermanentResidence(request: ResidenceRequest): Promise<IntegrationAck>;
}

export interface SocialInsuranceAgency {
  issueHealthCard(request: HealthCardRequest): Promise<IntegrationAck>;
}
