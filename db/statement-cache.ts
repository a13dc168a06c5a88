import type Database from "better-sqlite3";

/**
 * Keeps compiled statements per connection (issue 12). drizzle hands every query to
 * `client.prepare(sql)` on every call, and SQLite compiles it anew each time: on the staff home
 * page that was ~9 ms of every request. The same SQL text gets the same compiled statement back,
 * reset to plain object rows (a previous caller may have switched it to raw/pluck/expand rows).
 * A statement still being iterated is never handed out twice: its caller gets a fresh one.
 * At most `max` statements are kept, least recently used dropped first.
 */
export function cacheStatements(client: Database.Database, max = 400): void {
  const compile = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  client.prepare = ((source: string) => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.raw(true).raw(false);
      return hit;
    }
    const stmt = compile(source);
    if (!hit) {
      cache.set(source, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return stmt;
  }) as typeof client.prepare;
}
