/** The application's mark: two arcs, a customer and the advocate they become. */
export function LogoMark() {
  return (
    <svg
      className="logo-mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" className="logo-mark-tile" />
      <path d="M9 21.5a7 7 0 0 1 14 0" className="logo-mark-arc" />
      <circle cx="16" cy="11.5" r="3.5" className="logo-mark-dot" />
      <path d="M21.5 8.5l2-2M24.5 11h2.5M21.5 14.5l2 2" className="logo-mark-ray" />
    </svg>
  );
}
