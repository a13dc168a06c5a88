import { sql, type SQL, type Column } from "drizzle-orm";

/** Escapes LIKE wildcards so a search for "%" or "_" matches those characters literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE '%q%'` with the wildcards in q escaped — the one way every search box matches text. */
export function contains(column: Column | SQL, q: string): SQL {
  return sql`${column} LIKE ${likePattern(q)} ESCAPE '\\'`;
}
