import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * The app's server actions as the build lists them (its server-reference manifest): id, name,
 * source file and a page that hosts it. Tests call them directly, as a browser's form would.
 */
export interface ServerAction {
  id: string;
  name: string;
  file: string;
  page: string;
}

export function serverActions(): ServerAction[] {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => {
    const segments = Object.keys(a.workers)[0]
      .replace(/^app\//, "")
      .split("/")
      .filter((s) => s !== "page" && !(s.startsWith("(") && s.endsWith(")")))
      .map((s) => (s.startsWith("[") ? "1" : s));
    return { id, name: a.exportedName, file: a.filename, page: `/${segments.join("/")}` };
  });
}

export const E2E_BASE = `http://localhost:${Number(process.env.E2E_PORT || 3100)}`;

/** POSTs a server action the way React does: its id in `Next-Action`, the arguments as JSON. */
export function callAction(request: APIRequestContext, action: ServerAction, args: unknown[], headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: E2E_BASE, ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
