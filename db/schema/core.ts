import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROLES, COUNSELOR_KINDS } from "./codes";
export { ROLES, COUNSELOR_KINDS, type Role, type CounselorKind } from "./codes";

const createdAt = () => integer({ mode: "timestamp_ms" }).notNull();

/** One person, one file (一人一档): every area points here when the person is known. */
export const residents = sqliteTable(
  "residents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    gender: text({ enum: ["male", "female"] }),
    birthYear: integer(),
    phone: text(),
    address: text(),
    community: text(),
    // PIPL: the basis on which the centre processes this person's sensitive data.
    consentBasis: text({ enum: ["consent", "legal_duty", "none"] }).notNull().default("none"),
    consentAt: integer({ mode: "timestamp_ms" }),
    consentVersion: text(),
    consentWithdrawnAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
    createdBy: integer(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("residents_name_idx").on(t.name), index("residents_phone_idx").on(t.phone)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    // Stored lower-case; sign-in compares lower-cased input.
    username: text().notNull(),
    name: text().notNull(),
    phone: text(),
    passwordHash: text().notNull(),
    active: integer({ mode: "boolean" }).notNull().default(true),
    disabledAt: integer({ mode: "timestamp_ms" }),
    disabledReason: text(),
    // Bumped on disable, password change and reset: every older session dies at its next request.
    sessionVersion: integer().notNull().default(1),
    mustChangePassword: integer({ mode: "boolean" }).notNull().default(false),
    passwordChangedAt: integer({ mode: "timestamp_ms" }),
    residentId: integer().references(() => residents.id),
    lastSignInAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("users_username_uq").on(t.username), uniqueIndex("users_resident_uq").on(t.residentId)],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    role: text({ enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index("user_roles_role_idx").on(t.role)],
);

export const staffProfiles = sqliteTable(
  "staff_profiles",
  {
    userId: integer()
      .primaryKey()
      .references(() => users.id),
    title: text(),
    gender: text({ enum: ["male", "female"] }),
    // Counsellors only: 专家 / 志愿者 / 社区心理指导师.
    counselorKind: text({ enum: COUNSELOR_KINDS }),
    qualifications: text(),
    specialties: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    bio: text(),
    organisation: text(),
  },
);

/**
 * A signed-in session: a browser (JWT cookie carrying the id) or an API bearer token (stored as a
 * SHA-256 hash). Checked on every request for revocation, idle and absolute timeouts, and the
 * user's current sessionVersion.
 */
export const authSessions = sqliteTable(
  "auth_sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text({ enum: ["web", "api"] }).notNull(),
    tokenHash: text(),
    sessionVersion: integer().notNull(),
    createdAt: createdAt(),
    lastSeenAt: integer({ mode: "timestamp_ms" }).notNull(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    revokedAt: integer({ mode: "timestamp_ms" }),
    ip: text(),
    userAgent: text(),
  },
  (t) => [uniqueIndex("auth_sessions_token_uq").on(t.tokenHash), index("auth_sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins per username (known or not), for the lockout rule. */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  username: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: integer({ mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer({ mode: "timestamp_ms" }),
});

export const rooms = sqliteTable(
  "rooms",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull(),
    name: text().notNull(),
    description: text(),
    icon: text(),
    mode: text({ enum: ["exclusive", "shared"] }).notNull(),
    capacity: integer().notNull().default(1),
    residentBookable: integer({ mode: "boolean" }).notNull().default(false),
    staffRequired: integer({ mode: "boolean" }).notNull().default(false),
    // Per weekday (0 = Sunday … 6 = Saturday): [openMinute, closeMinute] in local time, or null when closed.
    openingHours: text({ mode: "json" }).$type<([number, number] | null)[]>().notNull(),
    minMinutes: integer().notNull().default(15),
    maxMinutes: integer().notNull().default(240),
    sortOrder: integer().notNull().default(0),
    active: integer({ mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("rooms_code_uq").on(t.code), check("rooms_capacity_ck", sql`${t.capacity} >= 1`)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Resident = typeof residents.$inferSelect;
export type Room = typeof rooms.$inferSelect;
export type AuthSession = typeof authSessions.$inferSelect;
