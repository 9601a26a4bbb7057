/**
 * Chart geometry rounded for the markup: the computed positions carry float noise
 * ("118.00000000000001", "26.78815879534565%") that is sent twice per request (HTML and page
 * payload). Lengths to a tenth of a pixel; positions across the width to a hundredth of a
 * percent (a tenth of a pixel on a 1,000-pixel plot): finer than a screen draws an edge.
 */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

export function pct(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}
