import type { Db } from "@/db/client";

/**
 * Results of read-only queries kept per connection until anything is written (issue 12).
 * `total_changes()` counts this connection's writes and `PRAGMA data_version` moves when another
 * connection (a script, a second process) commits, so a kept result is never older than the
 * database. Inside a transaction nothing is kept or reused: uncommitted rows may be rolled back.
 * Kept values are deep-frozen and shared by every caller; a caller that needs to change one
 * copies it first (a frozen object throws on change, so a mistake shows in the tests).
 */
export interface ReadCache<T> {
  /** The kept value for `key` (if `stillValid` accepts it), else `compute()`'s, kept for next time. */
  get(db: Db, key: string, compute: () => T, stillValid?: (kept: T) => boolean): T;
}

function dataVersion(db: Db): string {
  const client = db.$client;
  const changes = (client.prepare("select total_changes() as n").get() as { n: number }).n;
  return `${client.pragma("data_version", { simple: true })}:${changes}`;
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}

export function createReadCache<T>(maxKeys = 32): ReadCache<T> {
  const perConnection = new WeakMap<object, { version: string; byKey: Map<string, T> }>();
  return {
    get(db, key, compute, stillValid) {
      const client = db.$client;
      if (client.inTransaction) return deepFreeze(compute());
      const version = dataVersion(db);
      let entry = perConnection.get(client);
      if (!entry || entry.version !== version) perConnection.set(client, (entry = { version, byKey: new Map() }));
      const kept = entry.byKey.get(key);
      if (kept !== undefined && (!stillValid || stillValid(kept))) return kept;
      const value = deepFreeze(compute());
      if (!entry.byKey.has(key) && entry.byKey.size >= maxKeys) entry.byKey.delete(entry.byKey.keys().next().value!);
      entry.byKey.set(key, value);
      return value;
    },
  };
}
