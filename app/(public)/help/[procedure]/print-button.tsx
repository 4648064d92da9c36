'use client';

/** Prints the page as it is: the header, navigation and buttons are left off the paper (print:hidden). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-secondary print:hidden" onClick={() => window.print()}>
      {label}
    </button>
  );
}
