export * from './types';
export { createMockResidenceAgency, createMockSocialInsuranceAgency } from './mock';
export { queueBundleRequests } from './requests';
