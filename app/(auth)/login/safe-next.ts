/**
 * Where to go after signing in: only a path on this site ("/…", not "//host" or "/\host", which
 * browsers treat as another site), never back to the login page; anything else goes to "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 512) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return "/";
  if (/^\/login(?:[/?#]|$)/.test(next)) return "/";
  return next;
}
