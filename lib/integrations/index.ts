export * from './types';
export { createMockResidenceAgency, createMockSocialInsuranceAgency } from './mock';
export { requestHealthCard, requestPermanentResidence } from './requests';
