/** The 清单 mark: a blue tile with list lines, the same as the favicon. */
export function Logo({ size = 36 }: { size?: number }) {
  return (
    <span className="qd-logo" style={{ width: size, height: size }} aria-hidden="true">
      <svg viewBox="0 0 64 64" width={size} height={size}>
        <path d="M18 20h28M18 32h28M18 44h18" stroke="#fff" strokeWidth="6" strokeLinecap="round" />
        <circle cx="46" cy="44" r="4" fill="#e8b949" />
      </svg>
    </span>
  );
}
