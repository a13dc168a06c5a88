import type { Db } from "./client";

/**
 * A drizzle prepared query built once per connection (issue 12): drizzle otherwise rebuilds the
 * SQL text of a query on every call. For the queries every request runs (who is calling), with
 * `sql.placeholder(…)` for the values.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const byConnection = new WeakMap<object, T>();
  return (db) => {
    let prepared = byConnection.get(db.$client);
    if (!prepared) byConnection.set(db.$client, (prepared = build(db)));
    return prepared;
  };
}
