/** The "why we ask this" hint of a form page (issue 12: plain help), closed until opened. */
export function WhyWeAsk({ title, text }: { title: string; text: string }) {
  return (
    <details className="rounded-md border-s-4 border-neutral-400 bg-neutral-50 px-3 py-2">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <p className="mt-2">{text}</p>
    </details>
  );
}
