import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import type { PreviewRow } from '@/lib/procedures/contract';

/** A result document's printed content as HTML, row by row as its procedure presents it. */
export async function DocumentPreview({ rows }: { rows: readonly PreviewRow[] }) {
  const t = await getTranslations();
  return (
    <SummaryList
      rows={rows.map((r) => ({
        label: t(r.label as 'verify.registry'),
        value: r.emphasis ? <strong>{r.value}</strong> : r.value,
      }))}
    />
  );
}
