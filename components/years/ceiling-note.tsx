/** The caveat every total of notified values carries: a notification is a ceiling, not a contract. */
export function CeilingNote() {
  return (
    <p className="mt-3 max-w-3xl border-l-4 border-accent pl-3 text-sm" data-testid="ceiling-note">
      A notified value is the estimated <strong>ceiling</strong> of a possible sale, not a contract or a payment: a sale may end smaller, later, or not at
      all. These totals add up what was notified.
    </p>
  );
}
