/** "YYYY-MM" of the centre's month `offset` months from now (-1: last month), as the server sees it. */
export function centreMonth(offset = 0): string {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date()).split("-").map(Number);
  const i = y * 12 + (m - 1) + offset;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** "2026年10月" for "2026-10". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}年${m}月`;
}
