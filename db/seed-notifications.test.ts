import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { seedDemo } from "./seed";
import { seedNotifications } from "./seed-notifications";
import { notificationOutbox, notifications, users } from "./schema";
import { DEMO_ACCOUNTS, DEMO_RESIDENTS } from "./seed-data";

const NOW = new Date("2026-11-30T01:00:00Z");

describe("demo notifications", () => {
  it("every demo account has unread and read notifications; seeding again adds none and sends nothing", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const before = db.select({ id: notifications.id }).from(notifications).all().length;
    seedNotifications(db, NOW);
    expect(db.select({ id: notifications.id }).from(notifications).all()).toHaveLength(before);
    for (const username of [...DEMO_ACCOUNTS.map((a) => a.username), ...DEMO_RESIDENTS.map((r) => r.username)]) {
      const rows = db.select({ readAt: notifications.readAt }).from(notifications).innerJoin(users, eq(users.id, notifications.userId)).where(eq(users.username, username)).all();
      expect(rows.filter((r) => r.readAt === null).length, `${username} unread`).toBeGreaterThan(0);
      expect(rows.filter((r) => r.readAt !== null).length, `${username} read`).toBeGreaterThan(0);
    }
    expect(db.select().from(notificationOutbox).all()).toEqual([]);
  });
});
