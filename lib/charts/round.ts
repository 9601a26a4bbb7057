/**
 * Chart geometry rounded for the markup: the computed positions carry float noise
 * ("118.00000000000001", "26.78815879534565%") that is sent twice per request (HTML and page
 * payload). A thousandth of a pixel, or of a percent of the width, is below what a screen shows.
 */
export function px(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function pct(value: number): string {
  return `${px(value)}%`;
}
