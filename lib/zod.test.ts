import { describe, expect, it } from "vitest";
import { fieldErrorsOf, instantSchema, localDateSchema, z } from "./zod";

describe("lib/zod", () => {
  it("gives zod's own messages in Simplified Chinese", () => {
    const r = z.strictObject({ name: z.string().min(2), age: z.number() }).safeParse({ name: "a", age: "x" });
    expect(r.success).toBe(false);
    if (r.success) return;
    const errors = fieldErrorsOf(r.error);
    expect(errors.name?.[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(errors.age?.[0]).toMatch(/无效输入/);
  });

  it("names unknown fields, and keeps the instant and date schemas' own messages", () => {
    const r = z.strictObject({ a: z.string() }).safeParse({ a: "x", b: 1 });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(fieldErrorsOf(r.error))).toEqual(["b"]);
    expect(instantSchema.safeParse("2026-11-30T09:00").success).toBe(false);
    expect(instantSchema.parse("2026-11-30T09:00:00+08:00").toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(localDateSchema.safeParse("2026-02-30").success).toBe(false);
  });

  // Issue 12: `z` is this app's list of zod functions, not zod's namespace with every locale in it.
  it("does not carry zod's locales or core namespaces", () => {
    expect("locales" in z).toBe(false);
    expect("core" in z).toBe(false);
  });
});
