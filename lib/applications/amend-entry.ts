import { selectDocumentsOfApplication, updateDocumentStatus } from '@/db/queries/documents';
import { selectRecord, type CivilStatusRecordRow } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { adjustEntryContent, labelOfRowKey, rowKey } from '@/lib/civil-status/adjust-entry';
import type { EntryRole } from '@/lib/civil-status/records';
import type { Signer } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import type { RegisterResult, RegistrationFacts } from '@/lib/procedures/contract';
import { documentOfEventType, procedureOfDocumentKind } from '@/lib/procedures';
import type { FileStorage } from '@/lib/uploads/storage';
import { currentPersonalId } from '@/db/queries/person-records';
import { centurySexDigit, parsePersonalId } from '@/lib/identity/personal-id';
import type { PopulationRegistry } from '@/lib/population';
import { isoDateOfValue, sexOfValue } from '@/lib/civil-status/amended-values';
import { printDocuments, type PrintedDocument } from './print-documents';

/*
 * An amendment registered (procedures.md §6; Law Arts. 26–29; Circular 01/2022 Art. 4(2), 12(1)(a)):
 * the entry it changes is adjusted in the registering transaction, through the adjustment log, and
 * once the extract is signed the entry's documents are re-issued as new versions, the old ones
 * marked superseded (their verify pages say so, without the new content).
 */

type Amends = NonNullable<RegisterResult['amends']>;

/** The originals issued for the entry when it was registered, as they stand (the latest valid version of each). */
async function currentOriginals(tx: Db, record: CivilStatusRecordRow) {
  if (!record.applicationId) return [];
  const documents = await selectDocumentsOfApplication(tx, record.applicationId);
  return documents.filter((d) => d.recordId === record.id && d.status === 'valid');
}

const ART_4_1_BORN_FROM = '2016-01-01';

/**
 * A correction of the subject's sex or date of birth that their personal ID number no longer
 * encodes (its century/sex digit, its year): the number to reissue and the corrected values, or
 * null. The registration waits for the population database to reissue it (Circular 01/2022 Art. 4(1)).
 */
export async function personalIdToReissue(tx: Db, amends: Amends, population: Pick<PopulationRegistry, 'findPerson'>): Promise<{ personalId: string; sex: 'male' | 'female'; dateOfBirth: string } | null> {
  const record = await selectRecord(tx, amends.recordId);
  if (!record) throw new AppError('notFound');
  const identifying = (documentOfEventType(record.eventType)?.amendable ?? []).filter((f) => f.identifies && amends.values[f.label] !== undefined);
  if (identifying.length === 0) return null;
  const personalId = record.subjectPersonalId;
  const parsed = parsePersonalId(personalId);
  const person = await population.findPerson(personalId);
  // Art. 4(1) covers people born from 1 January 2016, numbered at their birth registration; older
  // people's numbers came with their identity cards, and the police reissue those.
  if (!parsed.ok || !person || person.dateOfBirth < ART_4_1_BORN_FROM) return null;
  const requested = (kind: 'sex' | 'dateOfBirth') => {
    const field = identifying.find((f) => f.identifies === kind);
    return field ? amends.values[field.label]! : null;
  };
  const sex = (requested('sex') !== null ? sexOfValue(requested('sex')!) : null) ?? (person.sex === 'undetermined' ? parsed.value.sex : person.sex);
  const dateOfBirth = (requested('dateOfBirth') !== null ? isoDateOfValue(requested('dateOfBirth')!) : null) ?? person.dateOfBirth;
  const year = Number(dateOfBirth.slice(0, 4));
  const encodes = Number(personalId[3]) === centurySexDigit(sex, year) && Number(personalId.slice(4, 6)) === year % 100;
  return encodes ? null : { personalId, sex, dateOfBirth };
}

/** Changes the entry the amendment names, in the registering transaction; the facts the register event keeps. */
export async function amendEntry(tx: Db, input: { amends: Amends; applicationId: string; officerUserId: string; registryName: string; now: Date }): Promise<Record<string, string>> {
  const { amends } = input;
  const record = await selectRecord(tx, amends.recordId);
  if (!record) throw new AppError('notFound');
  // Deleted data has no legal validity (Art. 13(3)); a legacy entry not yet approved is not the register's yet.
  if (record.status !== 'official') throw new AppError('conflict', `The entry is ${record.status}`, { reason: 'entryNotOfficial' });
  const definition = documentOfEventType(record.eventType);
  // The register prints names in capitals, as the documents do.
  const printed = (label: string, value: string) => (definition?.amendable?.find((f) => f.label === label)?.type === 'name' ? value.normalize('NFC').trim().toLocaleUpperCase('vi-VN') : value.normalize('NFC').trim());
  const [original] = await currentOriginals(tx, record);
  // The number the population database reissued since the document was printed (Art. 4(1)): the new version prints it.
  const values: Record<string, string> = { ...amends.values };
  for (const field of definition?.amendable ?? []) {
    if (field.type !== 'personalId' || !field.ofSubject || !original || !definition) continue;
    const printedId = definition.preview(original.content).find((r) => r.label === field.label)?.value;
    if (printedId !== undefined && printedId !== record.subjectPersonalId) values[field.label] = record.subjectPersonalId;
  }
  // The amended rows as the certificate prints them (its own formats: capitals, dates…); an entry
  // with no document here (digitised) takes the values as the register prints them. Only those rows
  // change: what the entry holds otherwise (a discrepancy corrected since) stays. A row is known by
  // its label and which occurrence of it it is (rowKey).
  const amendedRows = new Map<string, string>();
  if (definition?.amend && original) {
    const before = definition.preview(original.content);
    const after = definition.preview(definition.amend(original.content, values, null));
    after.forEach((r, i) => {
      if (values[r.label] !== undefined || before[i]?.value !== r.value) amendedRows.set(rowKey(after, i), r.value);
    });
  }
  for (const [label, value] of Object.entries(values)) if (![...amendedRows.keys()].some((k) => labelOfRowKey(k) === label)) amendedRows.set(`${label}#0`, printed(label, value));
  const held = new Set(record.content.map((_, i) => rowKey(record.content, i)));
  const content = [
    ...record.content.map((r, i) => ({ label: r.label, value: amendedRows.get(rowKey(record.content, i)) ?? r.value })),
    ...[...amendedRows].filter(([key]) => !held.has(key)).map(([key, value]) => ({ label: labelOfRowKey(key), value })),
  ];
  const names = (definition?.amendable ?? []).filter((f) => f.role && f.type === 'name' && amends.values[f.label] !== undefined).map((f) => ({ role: f.role as EntryRole, fullName: amends.values[f.label]!.normalize('NFC').trim() }));
  const datesOfBirth = (definition?.amendable ?? []).flatMap((f) => {
    const iso = f.role && f.type === 'date' && f.identifies === 'dateOfBirth' && values[f.label] !== undefined ? isoDateOfValue(values[f.label]!) : null;
    return iso ? [{ role: f.role as EntryRole, dateOfBirth: iso }] : [];
  });
  const officer = await getOfficeUser(tx, input.officerUserId);
  const changes = await adjustEntryContent(tx, {
    record,
    content,
    names,
    datesOfBirth,
    adjustment: {
      path: 'amendment',
      legalBasis: amends.legalBasis,
      // The People's Committee decides by registering it; its chair signs the extract.
      decisionMaker: `Chủ tịch ${input.registryName}`,
      decisionMakerUserId: null,
      implementer: `${officer?.fullName ?? ''}, ${officer?.title ?? ''}, ${input.registryName}`,
      implementerUserId: input.officerUserId,
      at: input.now,
      applicationId: input.applicationId,
    },
  });
  return { amendedRecordId: record.id, amendedValues: JSON.stringify(values), amendedChanges: JSON.stringify(changes) };
}

/** The amended entry's documents, re-issued as new versions signed with the extract; the old ones superseded. */
export async function reissueAmendedDocuments(
  tx: Db,
  input: { registration: RegistrationFacts; signer: Signer; signedByUserId: string; issuedOn: string; now: Date; baseUrl: string; storage: FileStorage; storedKeys: string[] },
): Promise<PrintedDocument[]> {
  const recordId = input.registration.amendedRecordId;
  if (!recordId) return [];
  const values = JSON.parse(input.registration.amendedValues ?? '{}') as Record<string, string>;
  const record = await selectRecord(tx, recordId);
  if (!record) throw new AppError('notFound');
  const facts: RegistrationFacts = {
    registryCode: record.registryCode,
    registryProvinceCode: '',
    registryName: record.registryName,
    entryNumber: record.entryNumber,
    book: record.book,
    registeredOn: record.registeredOn,
    subjectPersonalId: record.subjectPersonalId,
    registrationType: record.registrationType,
  };
  const printed: PrintedDocument[] = [];
  for (const old of await currentOriginals(tx, record)) {
    const procedure = procedureOfDocumentKind(old.kind);
    if (!procedure?.document.amend) continue;
    const content = procedure.document.amend(old.content, values, input.signer);
    // A holder whose number was reissued since (Art. 4(1)) holds the new version under the new
    // number; a paper that still prints the old one (another party's) is re-issued under it.
    const holder = await currentPersonalId(tx, old.holderPersonalId);
    const holders = procedure.document.holders(content, facts).filter((h) => h.personalId === holder || h.personalId === old.holderPersonalId);
    // Never supersede an original without its new version.
    if (holders.length === 0) continue;
    printed.push(
      ...(await printDocuments(tx, {
        applicationId: old.applicationId!,
        recordId: record.id,
        registryCode: record.registryCode,
        procedure,
        content,
        registration: facts,
        holders,
        copies: 1,
        version: old.version + 1,
        supersedesId: old.id,
        issuedOn: input.issuedOn,
        now: input.now,
        signedByUserId: input.signedByUserId,
        baseUrl: input.baseUrl,
        storage: input.storage,
        storedKeys: input.storedKeys,
      })),
    );
    await updateDocumentStatus(tx, old.id, 'superseded');
  }
  return printed;
}
