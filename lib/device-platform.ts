/** Which guide fits a browser, from its own description of itself; null where that is not clear. */
export type SuggestablePlatform = "desktop" | "ios" | "android";

export function platformFromUserAgent(userAgent: string, maxTouchPoints: number): SuggestablePlatform | null {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return "ios";
  if (/Android/.test(userAgent)) return "android";
  if (/Windows NT|Macintosh|X11|CrOS/.test(userAgent) && !/Mobi/.test(userAgent)) return "desktop";
  return null;
}
