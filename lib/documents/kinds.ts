/**
 * The kinds of result document, also the database's list (issued_documents.kind, migration 0012):
 * a plain module so the drizzle schema can read it without the signing code.
 */
export const DOCUMENT_KINDS = [
  'birthCertificate', 'marriageCertificate', 'marriageExtract', 'deathExtract', 'guardianshipExtract', 'guardianshipTerminationExtract',
  'recognitionExtract', 'amendmentExtract', 'recordedBirthExtract', 'recordedMarriageExtract', 'recordedDivorceExtract',
  'recordedOtherExtract', 'maritalStatusCertificate', 'confirmationLetter', 'organisationLetter', 'deathNotice', 'extractCopy', 'birthCertificateCopy',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
