/** Polku's mark: a path winding through the landscape. Decorative; the name is beside it. */
export function PolkuMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" className="size-8 shrink-0">
      <circle cx="16" cy="16" r="15" fill="currentColor" />
      <path
        d="M10 26c0-5 12-4 12-9s-8-4-8-8 4-4 6-4"
        fill="none"
        stroke="#ffffff"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}
