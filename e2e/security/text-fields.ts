import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { instantSchema, localDateSchema } from "@/lib/zod";
import * as activities from "@/lib/activities/schemas";
import * as appointments from "@/lib/appointments/schemas";
import * as assessments from "@/lib/assessments/schemas";
import * as audit from "@/lib/audit/schemas";
import * as auth from "@/lib/auth/schemas";
import * as care from "@/lib/care/schemas";
import * as counselors from "@/lib/counselors/schemas";
import * as hotline from "@/lib/hotline/schemas";
import * as mediation from "@/lib/mediation/schemas";
import * as notifications from "@/lib/notifications/schemas";
import * as residents from "@/lib/residents/schemas";
import * as rooms from "@/lib/rooms/schemas";
import * as stats from "@/lib/stats/schemas";
import * as users from "@/lib/users/schemas";

/** Every lib/<area>/schemas.ts, imported (a test checks that none is missing from this list). */
export const SCHEMA_MODULES: Record<string, Record<string, unknown>> = { activities, appointments, assessments, audit, auth, care, counselors, hotline, mediation, notifications, residents, rooms, stats, users };

export function schemaFilesOnDisk(): string[] {
  const lib = path.join(process.cwd(), "lib");
  return fs
    .readdirSync(lib)
    .filter((a) => fs.existsSync(path.join(lib, a, "schemas.ts")))
    .sort();
}

/**
 * Every free-text field the app accepts, read from the request schemas in lib/<area>/schemas.ts
 * (so a new text field shows up here without anyone listing it): "area.schemaName.path". A field
 * is free text when it is a string without a pattern, not a time or a date.
 */
export interface TextField {
  key: string;
  max: number | null;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const NOT_TEXT = new Set<unknown>([instantSchema, localDateSchema]);

function stringInfo(s: unknown): { pattern: boolean; max: number | null } {
  const checks = (defOf(s).checks as { _zod: { def: { check: string; format?: string; maximum?: number } } }[] | undefined) ?? [];
  let max: number | null = null;
  let pattern = false;
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === "max_length") max = d.maximum ?? null;
    if (d.check === "string_format") pattern = true;
  }
  return { pattern, max };
}

function walk(s: unknown, at: string, out: TextField[], seen: Set<unknown>): void {
  if (!s || NOT_TEXT.has(s) || seen.has(s)) return;
  seen.add(s);
  const d = defOf(s);
  switch (d.type) {
    case "string": {
      const info = stringInfo(s);
      if (!info.pattern) out.push({ key: at, max: info.max });
      break;
    }
    case "object":
      for (const [k, v] of Object.entries(d.shape as Record<string, unknown>)) walk(v, at ? `${at}.${k}` : k, out, new Set(seen));
      break;
    case "array":
      walk(d.element, `${at}[]`, out, seen);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      walk(d.innerType, at, out, seen);
      break;
    case "pipe":
      walk(d.in, at, out, seen);
      break;
    case "union":
      for (const o of d.options as unknown[]) walk(o, at, out, new Set(seen));
      break;
    case "intersection":
      walk(d.left, at, out, seen);
      walk(d.right, at, out, seen);
      break;
    case "lazy":
      break;
    default:
      break;
  }
}

/** The request schemas: every zod object exported by lib/<area>/schemas.ts. */
export function textFields(): TextField[] {
  const out: TextField[] = [];
  for (const [area, mod] of Object.entries(SCHEMA_MODULES)) {
    for (const [name, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (!(value instanceof z.ZodType)) continue;
      // Only objects are request bodies or queries; a lone string schema is a building block.
      if (defOf(value).type === "string") continue;
      const fields: TextField[] = [];
      walk(value, "", fields, new Set());
      for (const f of fields) out.push({ key: `${area}.${name}${f.key ? `.${f.key}` : ""}`, max: f.max });
    }
  }
  return out;
}
