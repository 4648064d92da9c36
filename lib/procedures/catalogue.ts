/**
 * The ten online procedures of procedures.md, in catalogue order, and the organisations' confirmation. `available` flips to true as
 * each procedure's e-form is built; until then the catalogue lists it as coming, not as a link.
 */
export const PROCEDURES = [
  { code: 'birthRegistration', available: true },
  { code: 'deathRegistration', available: true },
  { code: 'marriageRegistration', available: true },
  { code: 'parentChildRecognition', available: false },
  { code: 'guardianshipRegistration', available: false },
  { code: 'civilStatusAmendment', available: true },
  { code: 'birthReRegistration', available: false },
  { code: 'maritalStatusCertificate', available: true },
  { code: 'extractCopyRequest', available: true },
  { code: 'civilStatusConfirmation', available: true },
  /** The same confirmation, asked by an agency or organisation (Art. 8(2)): filed by its representative only. */
  { code: 'organisationConfirmation', available: true, forOrganisations: true },
] as const;

export type ProcedureCode = (typeof PROCEDURES)[number]['code'];
export const PROCEDURE_CODES: readonly ProcedureCode[] = PROCEDURES.map((p) => p.code);
