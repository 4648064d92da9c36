import { z } from 'zod';

/*
 * The interconnected bundles (Decree 63/2024; Circular 01/2022 Art. 3(4)): once a birth or death
 * is registered and its document issued, the registry sends the electronic document with the
 * record to the residence registration system and to social insurance. Both are other agencies'
 * systems, reached through these adapters and the outbox: delivered at least once, so every
 * receiving side is idempotent by application and request.
 */

export const INTEGRATION_TOPICS = {
  residence: 'residence.permanentRegistration',
  socialInsurance: 'socialInsurance.healthCard',
  residenceDeletion: 'residence.permanentDeletion',
  funeralAllowance: 'socialInsurance.funeralAllowance',
  survivorAllowance: 'socialInsurance.survivorAllowance',
} as const;

/** What a receiving system keeps a receipt of, one per application (the timeline shows them). */
export type IntegrationSystem = keyof typeof INTEGRATION_TOPICS;

const address = z.object({ provinceCode: z.string(), communeCode: z.string(), detail: z.string() });

const registration = z.object({
  registryCode: z.string(),
  entryNumber: z.string(),
  book: z.string(),
  registeredOn: z.string(),
});

/** The issued electronic document: the agencies receive it, not only the data (Art. 3(4)). */
const issuedDocument = z.object({ id: z.uuid(), kind: z.string(), token: z.string(), verifyUrl: z.string() });

const common = {
  applicationId: z.uuid(),
  personalId: z.string().length(12),
  fullName: z.string(),
  registration,
  document: issuedDocument,
};

export const residenceRequest = z.object({
  ...common,
  address,
  householdId: z.string().nullable(),
  relationshipToHead: z.string().nullable(),
});
export type ResidenceRequest = z.infer<typeof residenceRequest>;

export const healthCardRequest = z.object({
  ...common,
  sex: z.enum(['male', 'female']),
  dateOfBirth: z.string(),
  residence: address.nullable(),
});
export type HealthCardRequest = z.infer<typeof healthCardRequest>;

export const residenceDeletionRequest = z.object({ ...common, dateOfDeath: z.string() });
export type ResidenceDeletionRequest = z.infer<typeof residenceDeletionRequest>;

export const allowanceRequest = z.object({
  ...common,
  dateOfDeath: z.string(),
  recipient: z.object({ personalId: z.string().length(12), fullName: z.string(), bankAccount: z.string(), bank: z.string() }),
});
export type AllowanceRequest = z.infer<typeof allowanceRequest>;

/** What the receiving system answers: its own reference for the request. */
export type IntegrationAck = { reference: string; status: 'received' | 'completed' };

export interface ResidenceAgency {
  registerPermanentResidence(request: ResidenceRequest): Promise<IntegrationAck>;
  deletePermanentResidence(request: ResidenceDeletionRequest): Promise<IntegrationAck>;
}

export interface SocialInsuranceAgency {
  issueHealthCard(request: HealthCardRequest): Promise<IntegrationAck>;
  claimFuneralAllowance(request: AllowanceRequest): Promise<IntegrationAck>;
  claimSurvivorAllowance(request: AllowanceRequest): Promise<IntegrationAck>;
}
