import type { Db } from '../types';
import { countFees, insertFees } from '../queries/fees';
import { countRegistries } from '../queries/reference';
import { importReferenceData } from '@/lib/registries';
import fees from './data/fees.json';
import personas from './data/demo-personas.json';
import { DEMO_ORGANISATIONS, seedOrganisations } from './organisations';
import { seedPersonas } from './personas';
import { seedResidents } from './residents';

/** Reference data every installation needs (provinces, communes, registries, ethnicities, national fees). */
export async function seedReference(db: Db) {
  if ((await countRegistries(db)) === 0) await importReferenceData(db);
  if ((await countFees(db)) === 0) await insertFees(db, fees.national.map((f) => ({ ...f, provinceCode: null, sample: null })));
}

/** Demo personas, sample provincial fees and generated residents; safe to run again (nothing is duplicated). */
export async function seedDemo(db: Db, options: { residents: number; now?: Date }) {
  if ((await countFees(db)) === fees.national.length) {
    await insertFees(
      db,
      fees.demoSamples.flatMap(({ provinces, ...f }) => provinces.map((provinceCode) => ({ ...f, provinceCode }))),
    );
  }
  await seedPersonas(db);
  await seedOrganisations(db, personas.demoPassword);
  const taken = new Set([...personas.citizens.map((c) => c.personalId), ...DEMO_ORGANISATIONS.map((o) => o.representativePersonalId)]);
  return seedResidents(db, options.residents, taken, options.now ?? new Date());
}
