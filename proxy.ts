import { NextResponse, type NextRequest } from "next/server";

// Sends signed-out visitors of pages to the login page early. It is NOT a gate: every page, action
// and route checks the caller itself (requireActor / apiRoute), as a header can skip a proxy.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC = [/^\/login(\/|$)/, /^\/register(\/|$)/, /^\/privacy(\/|$)/, /^\/assess(\/|$)/];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: API routes answer 401 themselves; static files and icons pass.
  matcher: ["/((?!api/|_next/|favicon.ico|icon|apple-icon|robots.txt|.*\\.(?:png|svg|jpg|ico|webp|css|js|txt)$).*)"],
};
