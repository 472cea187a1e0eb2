'use client';

/** Opens the browser's print dialog; the page's print styles lay it out for A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-md bg-primary px-4 py-2 font-semibold text-on-primary hover:opacity-90"
    >
      {label}
    </button>
  );
}
