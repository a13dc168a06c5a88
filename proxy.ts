import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// Two jobs, neither of them a gate (every page, action and route checks the caller itself:
// requireActor / apiRoute; a header can skip a proxy, CVE-2025-29927):
// 1. every page gets a Content-Security-Policy with a fresh nonce, which Next puts on its scripts;
// 2. signed-out visitors of pages go to the login page early.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC = [/^\/login(\/|$)/, /^\/register(\/|$)/, /^\/privacy(\/|$)/, /^\/assess(\/|$)/];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !PUBLIC.some((re) => re.test(pathname))) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: API routes answer 401 themselves and send no HTML; static files and icons pass.
  matcher: ["/((?!api/|_next/|favicon.ico|icon|apple-icon|robots.txt|.*\\.(?:png|svg|jpg|ico|webp|css|js|txt)$).*)"],
};
