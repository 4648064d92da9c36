export function EmptyState({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border-2 border-dashed border-neutral-400 p-6">
      {title && <h2 className="mb-2 text-xl font-bold">{title}</h2>}
      <div className="space-y-3 text-ink-muted">{children}</div>
    </div>
  );
}
