/** A list of label–value pairs (GOV.UK "summary list"), one row per fact. */
export function SummaryList({ rows }: { rows: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="divide-y divide-neutral-300 border-y border-neutral-300">
      {rows.map((r) => (
        <div key={r.label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold">{r.label}</dt>
          <dd className="sm:col-span-2">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
