/** A colour key, decorative: the figures beside it say the same in words. No hooks: it renders on the server and in client components alike. */
export function Swatch({ color }: { color: string }) {
  // Size and outline: .swatch in app/globals.css.
  return (
    <svg viewBox="0 0 14 14" aria-hidden="true" className="swatch">
      <rect x=".5" y=".5" width="13" height="13" rx="2" fill={color} />
    </svg>
  );
}
