import type { Db } from '../types';
import { countRegistries } from '../queries/reference';
import { importReferenceData } from '@/lib/registries';
import personas from './data/demo-personas.json';
import { seedPersonas } from './personas';
import { seedResidents } from './residents';

/** Reference data every installation needs (provinces, communes, registries, ethnicities). */
export async function seedReference(db: Db) {
  if ((await countRegistries(db)) === 0) await importReferenceData(db);
}

/** Demo personas and generated residents; safe to run again (nothing is duplicated). */
export async function seedDemo(db: Db, options: { residents: number }) {
  await seedPersonas(db);
  const taken = new Set(personas.citizens.map((c) => c.personalId));
  return seedResidents(db, options.residents, taken);
}
