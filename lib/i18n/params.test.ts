import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zhCN, type MessageKey } from "./zh-CN/index";

// A message's {placeholders} must each be given where the code calls t("key", { … }) with an object
// literal: a missing one shows the raw "{name}" to the user (t() keeps unknown names as they are).
// Static check over the source; calls that pass a variable instead of a literal are not checked.

const ROOTS = ["app", "lib", "db"];
const CALL = /\bt\(\s*"([\w.]+)"\s*,\s*\{/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The object literal starting at `open` (the index of its "{"), by brace depth. */
function literalAt(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return src.slice(open + 1, i);
  }
  return "";
}

/** The top-level property names of an object literal's body (shorthand, key: value, "key": value). */
function topLevelKeys(body: string): Set<string> | null {
  const keys = new Set<string>();
  let depth = 0;
  let part = "";
  const parts: string[] = [];
  for (const ch of body) {
    if ("{[(".includes(ch)) depth++;
    if ("}])".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(part);
      part = "";
    } else part += ch;
  }
  parts.push(part);
  for (const raw of parts.map((p) => p.trim()).filter(Boolean)) {
    if (raw.startsWith("...")) return null; // a spread: cannot tell statically
    const m = /^"?([A-Za-z_$][\w$]*)"?\s*(:|$)/.exec(raw);
    if (m) keys.add(m[1]);
  }
  return keys;
}

describe("catalogue parameters", () => {
  it("every t(key, { … }) call gives each {placeholder} its message uses", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of ROOTS.flatMap((r) => sourceFiles(r))) {
      const src = fs.readFileSync(file, "utf8");
      for (const m of src.matchAll(CALL)) {
        const key = m[1] as MessageKey;
        const text: string | undefined = zhCN[key];
        if (text === undefined) continue; // a template-literal or unknown key: tsc checks keys
        const keys = topLevelKeys(literalAt(src, m.index! + m[0].length - 1));
        if (!keys) continue;
        checked++;
        const wanted = [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
        const missing = wanted.filter((w) => !keys.has(w));
        if (missing.length) problems.push(`${file}: t("${key}") lacks ${missing.join(", ")}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });
});
