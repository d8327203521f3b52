/** The site and page a content script runs on, from its sender URL (query and fragment dropped: they often carry personal data). */
export function senderPage(url: string | undefined): { site: string; page: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { site: u.hostname, page: `${u.hostname}${u.pathname}` };
  } catch {
    return null;
  }
}
