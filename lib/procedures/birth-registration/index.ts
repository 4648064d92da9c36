export * from './schema';
export * from './prefill';
export * from './steps';

export const BIRTH_REGISTRATION = {
  code: 'birthRegistration',
  formVersion: 1,
  /** Same day once complete (Law Art. 16(2)): 0 working days after the day of receipt. */
  processingWorkingDays: 0,
  presence: 'none',
} as const;
