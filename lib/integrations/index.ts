export * from './types';
export { createMockResidenceAgency, createMockSocialInsuranceAgency } from './mock';
export { queueBundleRequests } from './requests';
export { createMockPoliceAgency, POLICE_VERIFICATION_TOPIC, policeRequest, type PoliceAgency, type PoliceAnswer, type PoliceRequest } from './police';
