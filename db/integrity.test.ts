import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PgDialect, getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DOCUMENT_KINDS } from '@/lib/documents/kinds';
import type { ConsentStatus } from '@/lib/procedures/contract';
import { ACTOR_KINDS, STATUSES } from '@/lib/workflow/table';
import { ADJUSTMENT_PATHS, CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES, registerAdjustments, registerChangeRequests } from '@/db/schema/register-changes';
import {
  applicationConsents, applicationEvents, applications, civilStatusRecords, CONSENT_STATUSES, ENTRY_ROLES, ENTRY_STATUSES, EVENT_ACTIONS, ISSUED_DOCUMENT_STATUSES,
  issuedDocuments, maritalStatusEnum, personRecords, recordPersons, REGISTER_EVENT_TYPES, REGISTRATION_TYPES,
} from './schema';

/*
 * The CHECK constraints list allowed values that the code defines in TypeScript. A value added to
 * the code and not to a migration would be refused by the database at run time; this test fails first.
 */

const LISTS: Record<string, { table: PgTable; values: readonly string[] }> = {
  applications_status: { table: applications, values: STATUSES },
  application_events_from_status: { table: applicationEvents, values: STATUSES },
  application_events_to_status: { table: applicationEvents, values: STATUSES },
  application_events_action: { table: applicationEvents, values: EVENT_ACTIONS },
  application_events_actor_kind: { table: applicationEvents, values: ACTOR_KINDS },
  issued_documents_status: { table: issuedDocuments, values: ISSUED_DOCUMENT_STATUSES },
  issued_documents_kind: { table: issuedDocuments, values: DOCUMENT_KINDS },
  application_consents_status: { table: applicationConsents, values: CONSENT_STATUSES },
  person_records_marital_status: { table: personRecords, values: maritalStatusEnum.enumValues },
  cs_records_event_type: { table: civilStatusRecords, values: REGISTER_EVENT_TYPES },
  cs_records_registration_type: { table: civilStatusRecords, values: REGISTRATION_TYPES },
  cs_records_status: { table: civilStatusRecords, values: ENTRY_STATUSES },
  record_persons_role: { table: recordPersons, values: ENTRY_ROLES },
  register_adjustments_path: { table: registerAdjustments, values: ADJUSTMENT_PATHS },
  register_change_requests_kind: { table: registerChangeRequests, values: CHANGE_REQUEST_KINDS },
  register_change_requests_status: { table: registerChangeRequests, values: CHANGE_REQUEST_STATUSES },
};

const listIn = (sql: string) => [...(sql.match(/ in \(((?:'[^']*'(?:, )?)+)\)/)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);

/** Each CHECK as the migrations leave it: the last definition of its name, in migration order. */
function migratedChecks(): Map<string, string> {
  const folder = path.resolve('db/migrations');
  const checks = new Map<string, string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
    for (const statement of readFileSync(path.join(folder, file), 'utf8').split('--> statement-breakpoint')) {
      for (const m of statement.matchAll(/CONSTRAINT "([^"]+)" CHECK \((.*)\)/g)) checks.set(m[1]!, m[2]!);
      for (const m of statement.matchAll(/DROP CONSTRAINT "([^"]+)"/g)) checks.delete(m[1]!);
    }
  }
  return checks;
}

describe('the database lists of allowed values (migration 0012)', () => {
  const migrated = migratedChecks();
  const dialect = new PgDialect();

  it.each(Object.entries(LISTS))('%s: the migration and the drizzle schema list exactly the TypeScript values', (name, { table, values }) => {
    expect(listIn(migrated.get(name) ?? '')).toEqual([...values]);
    const check = getTableConfig(table).checks.find((c) => c.name === name);
    expect(check, `drizzle schema has no check ${name}`).toBeDefined();
    expect(listIn(dialect.sqlToQuery(check!.value).sql)).toEqual([...values]);
  });

  it('the consent statuses the procedures use are the stored ones', () => {
    expectTypeOf<ConsentStatus>().toEqualTypeOf<(typeof CONSENT_STATUSES)[number]>();
  });
});
