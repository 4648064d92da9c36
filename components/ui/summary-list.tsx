const MARK = { error: 'border-s-8 border-brand bg-brand-light ps-3', warning: 'border-s-8 border-focus bg-neutral-100 ps-3', info: 'border-s-8 border-neutral-400 ps-3' } as const;

export type SummaryRow = { label: string; value: React.ReactNode; highlight?: keyof typeof MARK; note?: string };

/** A list of label–value pairs (GOV.UK "summary list"), one row per fact; rows to check are marked. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="divide-y divide-neutral-300 border-y border-neutral-300">
      {rows.map((r) => (
        <div key={r.label} className={`grid gap-1 py-3 sm:grid-cols-3 sm:gap-4 ${r.highlight ? MARK[r.highlight] : ''}`}>
          <dt className="font-semibold">{r.label}</dt>
          <dd className="sm:col-span-2">
            {r.value}
            {r.note && <span className="mt-1 block text-sm font-semibold">{r.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
