import type { SummaryRow } from '@/lib/procedures/contract';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A row of a procedure's summary as the reader sees it: a file count, a translated option, or the value. */
export function summaryValue(t: Translate, r: SummaryRow): string {
  if (r.message) return t(r.message.id, r.message.values);
  if (r.translate === 'count') return t('checkAnswers.attachments', { count: Number(r.value) });
  return r.translate ? t(`${r.translate}.${r.value}`) : r.value;
}
