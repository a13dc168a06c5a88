import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { cacheStatements } from "./statement-cache";

function setup(max?: number) {
  const client = new Database(":memory:");
  client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('甲'), ('乙'), ('丙')");
  const compile = vi.spyOn(client, "prepare");
  cacheStatements(client, max);
  return { client, compile };
}

describe("cacheStatements", () => {
  it("compiles a SQL text once and hands the same statement back", () => {
    const { client, compile } = setup();
    const a = client.prepare("SELECT name FROM t WHERE id = ?");
    const b = client.prepare("SELECT name FROM t WHERE id = ?");
    expect(b).toBe(a);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(b.get(2)).toEqual({ name: "乙" });
    expect(client.prepare("SELECT name FROM t WHERE id = ?").get(3)).toEqual({ name: "丙" });
  });

  it("resets raw, pluck and expand rows a previous caller asked for", () => {
    const { client } = setup();
    const sql = "SELECT id, name FROM t ORDER BY id";
    expect(client.prepare(sql).raw().all()[0]).toEqual([1, "甲"]);
    expect(client.prepare(sql).all()[0]).toEqual({ id: 1, name: "甲" });
    expect(client.prepare(sql).pluck().get()).toBe(1);
    expect(client.prepare(sql).get()).toEqual({ id: 1, name: "甲" });
    expect(client.prepare(sql).expand().get()).toEqual({ t: { id: 1, name: "甲" } });
    expect(client.prepare(sql).get()).toEqual({ id: 1, name: "甲" });
  });

  it("gives a fresh statement while the cached one is still iterating", () => {
    const { client } = setup();
    const sql = "SELECT name FROM t ORDER BY id";
    const names: string[] = [];
    for (const row of client.prepare(sql).iterate() as Iterable<{ name: string }>) {
      names.push(row.name, (client.prepare(sql).get() as { name: string }).name);
    }
    expect(names).toEqual(["甲", "甲", "乙", "甲", "丙", "甲"]);
  });

  it("writes through cached statements and keeps at most max statements", () => {
    const { client, compile } = setup(2);
    const insert = "INSERT INTO t (name) VALUES (?)";
    client.prepare(insert).run("丁");
    client.prepare(insert).run("戊");
    expect(client.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 5 });
    client.prepare("SELECT 1");
    compile.mockClear();
    client.prepare(insert); // dropped as least recently used: compiled again
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
