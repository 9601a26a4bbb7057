import type { ReactNode } from "react";

/**
 * Icons as inline SVG, never emoji or symbol characters: a machine without an emoji font draws
 * 🔗 as an empty box, and arrows or check marks depend on whichever font has them (the same
 * reason flags are SVG files). Each is decorative (aria-hidden): the control it sits in carries
 * the words. Drawn on a 24-unit grid in the current text colour, one em square, so an icon
 * follows the size and colour of the text beside it.
 */
function Icon({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`inline-block shrink-0 align-[-0.125em] ${className}`}
    >
      {children}
    </svg>
  );
}

type IconProps = { className?: string };

/** Copy link: two chain links. */
export function LinkIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </Icon>
  );
}

/** Opens a disclosure (turned upside down when it is open). */
export function ChevronDownIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="m6 9 6 6 6-6" />
    </Icon>
  );
}

/** Removes something (a filter chip); also "contradicted". */
export function CrossIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M18 6 6 18M6 6l12 12" />
    </Icon>
  );
}

/** "Confirmed". */
export function CheckIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M20 6 9 17l-5-5" />
    </Icon>
  );
}

/** "Consistent": approximately equal, two waves. */
export function ApproximatelyIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4 9.5c2.7-2.2 5.3-2.2 8 0s5.3 2.2 8 0M4 15.5c2.7-2.2 5.3-2.2 8 0s5.3 2.2 8 0" />
    </Icon>
  );
}

/** "Unsupported": a question mark in a circle. */
export function QuestionIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M9.2 9.3a2.9 2.9 0 1 1 4.1 2.6c-.8.4-1.3 1.1-1.3 2v.6" />
      <path d="M12 17.6v.1" />
    </Icon>
  );
}

/** Back, newer, to the index. */
export function ArrowLeftIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M19 12H5M11 18l-6-6 6-6" />
    </Icon>
  );
}

/** Forward, older, onward. */
export function ArrowRightIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </Icon>
  );
}

/** A step reached now: a filled dot. */
export function DotIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="12" cy="12" r="5" fill="currentColor" />
    </Icon>
  );
}

/** A step that did not apply (waived): a dash. */
export function DashIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M6 12h12" />
    </Icon>
  );
}

/** A step no source shows: an empty circle. */
export function CircleIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="12" cy="12" r="6" />
    </Icon>
  );
}
