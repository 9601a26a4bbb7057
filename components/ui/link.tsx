// The one place next/link is imported (eslint.config.mjs points every other file here).
// eslint-disable-next-line no-restricted-imports
import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching. By default every link that scrolls into view asks the server for
 * its page's navigation payload: 16 to 22 requests on each page here, on a phone's connection,
 * and the work of reading each answer fell inside the page's blocking time in Lighthouse (issue
 * 22). Every page here is rendered per request (the CSP nonce), so such a prefetch brings only
 * the shared layout (about 1 KB) and the click fetches the page anyway: a navigation gains little
 * from it. A click still navigates in the browser, without reloading the document. No hooks:
 * it renders in server and client components alike.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
