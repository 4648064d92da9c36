import 'server-only';
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { Db } from '@/db/types';
import type { ChipCardReader } from '@/lib/identity/chip-card';
import { population } from '@/lib/population';
import { signJwt } from '@/lib/signing/jws';
import type { KeyStore } from '@/lib/signing/key-store';
import { keyStore } from '@/lib/signing/keys';
import { SIMULATOR_PERSONAS } from './accounts';
import { SIM_KEY_PURPOSE, simulatorJwks } from './protocol';

const AUDIENCE = 'chip-card-read';
/** A card read is used at once, while the citizen stands at the desk. */
const RECEIPT_SECONDS = 15 * 60;

/**
 * The simulator's card reader: "placing" a demo persona's card returns its number with a receipt
 * signed by the simulator's key, so the portal knows it was read, not typed.
 */
export function simulatedCardReader(db: Db, keys?: KeyStore): ChipCardReader {
  const store = keys ?? keyStore(SIM_KEY_PURPOSE);
  return {
    async read(card, now) {
      if (!SIMULATOR_PERSONAS.some((p) => p.personalId === card)) return null;
      const person = await population(db).findPerson(card);
      if (!person || person.vitalStatus !== 'alive') return null;
      const iat = Math.floor(now.getTime() / 1000);
      const receipt = await signJwt(await store.activeKey(), {}, { aud: AUDIENCE, sub: person.personalId, jti: randomUUID(), iat, exp: iat + RECEIPT_SECONDS });
      return { personalId: person.personalId, fullName: person.fullName, dateOfBirth: person.dateOfBirth, receipt };
    },
    async verify(receipt, now) {
      try {
        const { payload } = await jwtVerify(receipt, createLocalJWKSet(await simulatorJwks(keys)), { audience: AUDIENCE, currentDate: now, algorithms: ['ES256'] });
        return typeof payload.sub === 'string' && typeof payload.jti === 'string' ? { personalId: payload.sub, receiptId: payload.jti } : null;
      } catch {
        return null;
      }
    },
  };
}

/** The cards the stand-in reader can be given: the demo personas'. */
export const DEMO_CARDS = SIMULATOR_PERSONAS.map(({ personalId, fullName }) => ({ personalId, fullName }));
