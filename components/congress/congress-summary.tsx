import { Link } from "@/components/ui/link";
import { pluralNoun } from "@/lib/format";

/** "18 resolutions aimed at 12 sales; 9 floor votes, 9 rejected; none became law.", with the challenged sales on the timeline. */
export function CongressSummary({ resolutions, sales, votes, rejected, enacted, timelineHref }: { resolutions: number; sales: number; votes: number; rejected: number; enacted: number; timelineHref: string }) {
  return (
    <p className="mt-3 text-sm" data-testid="congress-summary">
      <strong className="figures">{resolutions}</strong>
      {` ${pluralNoun(resolutions, "resolution", "resolutions")} aimed at `}
      <strong className="figures">{sales}</strong>
      {` ${pluralNoun(sales, "sale", "sales")}; `}
      <strong className="figures">{votes}</strong>
      {` floor ${pluralNoun(votes, "vote", "votes")}, ${rejected} rejected; ${enacted === 0 ? "none became law." : `${enacted} became law.`} `}
      <Link href={timelineHref}>These sales on the timeline</Link>
    </p>
  );
}
