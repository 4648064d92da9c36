import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '@/db/types';
import { population } from '@/lib/population';

/*
 * Verification with the police (Decree 87/2020 Art. 13(3); Circular 01/2022 Art. 8(1)(d)): the
 * registry asks whether the police's records confirm a person's identity; the request goes
 * through the outbox and the answer comes back with its delivery. A MOCK answers from the
 * population database, which the police keep.
 */

export const POLICE_VERIFICATION_TOPIC = 'police.verification';

export const policeRequest = z.object({
  applicationId: z.uuid(),
  personalId: z.string().length(12),
  fullName: z.string(),
  dateOfBirth: z.string(),
  question: z.string(),
});
export type PoliceRequest = z.infer<typeof policeRequest>;

/** `confirmed`: the records agree; `noData`: the police hold nothing; `inconsistent`: they hold something else. */
export type PoliceAnswer = { result: 'confirmed' | 'noData' | 'inconsistent'; reference: string; details: string };

export interface PoliceAgency {
  verifyIdentity(request: PoliceRequest): Promise<PoliceAnswer>;
}

export function createMockPoliceAgency(db: Db): PoliceAgency {
  return {
    async verifyIdentity(request) {
      const reference = `CA-${String(randomInt(1_000_000_000)).padStart(9, '0')}`;
      const person = await population(db).findPerson(request.personalId);
      if (!person) return { result: 'noData', reference, details: 'Không có thông tin về người này.' };
      if (person.dateOfBirth !== request.dateOfBirth) return { result: 'inconsistent', reference, details: `Ngày sinh trong cơ sở dữ liệu: ${person.dateOfBirth.split('-').reverse().join('/')}.` };
      return { result: 'confirmed', reference, details: `Xác nhận ${person.fullName}, sinh ngày ${person.dateOfBirth.split('-').reverse().join('/')}, số định danh cá nhân ${person.personalId}.` };
    },
  };
}
