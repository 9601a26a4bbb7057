import { notFound, permanentRedirect, redirect } from "next/navigation";
import type { View } from "./view";

/**
 * The Next.js half of lib/views, and its second entry point (`@/lib/views/next`): only pages
 * import it. Kept out of the index because next/navigation loads only inside Next.js, and the
 * bench and the tests call the loaders in plain Node.
 */

/** The page's data, or the redirect (307, or 308 when `permanent`) or 404 the loader asked for. */
export function dataOf<T>(view: View<T>): T {
  if ("redirect" in view) return view.permanent ? permanentRedirect(view.redirect) : redirect(view.redirect);
  if ("notFound" in view) return notFound();
  return view.data;
}
