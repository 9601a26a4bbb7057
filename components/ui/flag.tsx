/** A recipient's flag, decorative (the name always sits beside it). Organisations get none. */
export function Flag({ code, kind, className = "" }: { code: string; kind: string; className?: string }) {
  if (kind !== "country" || !/^[A-Z]{2}$/.test(code)) {
    return <span aria-hidden="true" className={`inline-block h-[0.9em] w-[1.35em] rounded-[2px] bg-rule align-[-0.1em] ${className}`} />;
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a tiny cached SVG; next/image adds nothing here
    <img
      src={`/flags/${code}.svg`}
      alt=""
      width={21}
      height={14}
      className={`inline-block h-[0.9em] w-auto rounded-[2px] align-[-0.1em] shadow-[0_0_0_1px_rgba(0,0,0,0.12)] ${className}`}
    />
  );
}
