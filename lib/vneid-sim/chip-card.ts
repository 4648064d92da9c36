import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/types';
import type { ChipCardReader } from '@/lib/identity/chip-card';
import { population } from '@/lib/population';
import type { KeyStore } from '@/lib/signing/key-store';
import { SIMULATOR_PERSONAS } from './accounts';
import { signSimulatorJwt, verifySimulatorJwt } from './protocol';

const AUDIENCE = 'chip-card-read';
/** A card read is used at once, while the citizen stands at the desk. */
const RECEIPT_SECONDS = 15 * 60;

/**
 * The simulator's card reader: "placing" a demo persona's card returns its number with a receipt
 * signed by the simulator's key, so the portal knows it was read, not typed.
 */
export function simulatedCardReader(db: Db, keys?: KeyStore): ChipCardReader {
  return {
    async read(card, now) {
      if (!SIMULATOR_PERSONAS.some((p) => p.personalId === card)) return null;
      const person = await population(db).findPerson(card);
      if (!person || person.vitalStatus !== 'alive') return null;
      const iat = Math.floor(now.getTime() / 1000);
      const receipt = await signSimulatorJwt({ aud: AUDIENCE, sub: person.personalId, jti: randomUUID(), iat, exp: iat + RECEIPT_SECONDS }, keys);
      return { personalId: person.personalId, fullName: person.fullName, dateOfBirth: person.dateOfBirth, receipt };
    },
    async verify(receipt, now) {
      const payload = await verifySimulatorJwt(receipt, { audience: AUDIENCE }, now, keys);
      return typeof payload?.sub === 'string' && typeof payload.jti === 'string' ? { personalId: payload.sub, receiptId: payload.jti } : null;
    },
  };
}

/** The cards the stand-in reader can be given: the demo personas'. */
export const DEMO_CARDS = SIMULATOR_PERSONAS.map(({ personalId, fullName }) => ({ personalId, fullName }));
