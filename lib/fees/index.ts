import { selectFee } from '@/db/queries/fees';
import type { Db } from '@/db/types';
import type { Answers, BaseContext, FeeExemption, Procedure } from '@/lib/procedures/contract';

/*
 * What an application owes (fees-and-deadlines.md): the procedure says which item of the fee
 * schedule it charges, how many units and which exemption applies; the amounts are data, the
 * province's own or the national one, in force on the day of filing, for online filing.
 */

export type FeeLine = { item: string; quantity: number; unitVnd: number; amountVnd: number; legalBasis: string; sample: boolean };

export type FeeAssessment =
  /** The procedure charges nothing (an on-time birth is exempt, not free: see `exempt`). */
  | { kind: 'none' }
  | { kind: 'exempt'; exemption: FeeExemption }
  /** The province has published no amount for this item: nothing can be charged. */
  | { kind: 'notPublished'; item: string }
  | { kind: 'due'; amountVnd: number; lines: FeeLine[] };

export async function assessFee(db: Db, procedure: Procedure, answers: Answers, ctx: BaseContext, input: { provinceCode: string; on: string }): Promise<FeeAssessment> {
  const rule = procedure.fee;
  if (!rule) return { kind: 'none' };
  const exemption = rule.exemption(answers, ctx, input.on);
  if (exemption) return { kind: 'exempt', exemption };
  const quantity = rule.quantity(answers, ctx);
  if (quantity <= 0) return { kind: 'none' };
  const row = await selectFee(db, { procedureCode: procedure.code, item: rule.item, provinceCode: input.provinceCode, channel: 'online', on: input.on });
  if (!row) return { kind: 'notPublished', item: rule.item };
  if (row.amountVnd === 0) return { kind: 'none' };
  const line: FeeLine = { item: rule.item, quantity, unitVnd: row.amountVnd, amountVnd: row.amountVnd * quantity, legalBasis: row.legalBasis, sample: row.sample !== null };
  return { kind: 'due', amountVnd: line.amountVnd, lines: [line] };
}
