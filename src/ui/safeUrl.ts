/**
 * Only http(s) and mailto links reach an href. A URL column can be edited in SharePoint directly, so a
 * `javascript:` value must never become clickable.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
