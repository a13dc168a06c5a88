import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the nonce, forbids framing, plugins and foreign form targets", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    const d = Object.fromEntries(csp.split("; ").map((x) => [x.split(" ")[0], x.split(" ").slice(1).join(" ")]));
    expect(d["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(d["script-src"]).not.toContain("unsafe-inline");
    expect(d["script-src"]).not.toContain("unsafe-eval");
    expect(d["frame-ancestors"]).toBe("'none'");
    expect(d["object-src"]).toBe("'none'");
    expect(d["form-action"]).toBe("'self'");
    expect(d["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("upgrades requests only behind HTTPS and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("makes a different nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
