import fs from "node:fs";
import path from "node:path";

/**
 * The app's routes, read from the app/ folder itself, so that a new page or API route is covered by
 * the sweeps in e2e/authz without anyone keeping a list. Dynamic segments get a sample value.
 */
const APP = path.join(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string, file: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith("_")) walk(p, file, out);
    else if (e.isFile() && e.name === file) out.push(p);
  }
  return out;
}

function urlOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => (s.startsWith("[[...") ? "" : s.startsWith("[...") ? "x" : s.startsWith("[") ? (s.includes("Token") || s.includes("token") ? "not-a-token.ics" : "1") : s));
  return "/" + segments.filter(Boolean).join("/");
}

/** The route as its folders name it, dynamic segments kept: "/api/v1/activities/[id]/signups". */
export function patternOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")));
  return "/" + segments.join("/");
}

export interface ApiRoute {
  path: string;
  /** patternOf(file): the key of e2e/authz/matrix.ts. */
  pattern: string;
  method: (typeof METHODS)[number];
  file: string;
  /** The handler declares a JSON body schema (`apiRoute({ …, body: schema }, …)`). */
  takesBody: boolean;
}

export function apiRoutes(): ApiRoute[] {
  return walk(path.join(APP, "api", "v1"), "route.ts").flatMap((file) => {
    const src = fs.readFileSync(file, "utf8");
    return METHODS.filter((m) => new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b`).test(src)).map((method) => {
      const declaration = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*\\w+\\(\\{([^}]*)\\}`).exec(src);
      return { path: urlOf(file), pattern: patternOf(file), method, file, takesBody: Boolean(declaration && /\bbody\s*:/.test(declaration[1])) };
    });
  });
}

export function pageRoutes(): string[] {
  return [...new Set(walk(APP, "page.tsx").map(urlOf))].sort();
}

/** Every page as its folders name it ("/care/persons/[id]"): the keys of e2e/authz/matrix.ts. */
export function pagePatterns(): string[] {
  return [...new Set(walk(APP, "page.tsx").map(patternOf))].sort();
}

/** Open to anyone by design (API.md): everything else must refuse an anonymous caller. */
export const PUBLIC_API = new Set(["GET /api/v1/health", "POST /api/v1/auth/token", "GET /api/v1/openapi.json", "POST /api/v1/assessments", "GET /api/v1/calendar/not-a-token.ics"]);
export const PUBLIC_PAGES = [/^\/login$/, /^\/register$/, /^\/privacy$/, /^\/assess(\/|$)/];
