import { createHash, createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeeds, rooms, type FeedKind } from "@/db/schema";
import { auditAs } from "../audit/audit";
import { isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";

export const FEED_PATH_PREFIX = "/api/v1/calendar/";

/** The server secret the feed tokens are derived from (AUTH_SECRET, made at first start). */
function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set");
  return s;
}

/**
 * token = HMAC(server secret, random nonce). Only the nonce and the token's SHA-256 are stored:
 * the owner can be shown the URL again, but a copy of the database alone does not open any feed.
 */
export function tokenFor(nonce: string): string {
  return createHmac("sha256", secret()).update(`calendar-feed:${nonce}`).digest("base64url");
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const feedPath = (token: string) => `${FEED_PATH_PREFIX}${token}.ics`;

type Owner = { kind: "user"; userId: number } | { kind: "room"; roomId: number };

function whereOwner(owner: Owner) {
  return owner.kind === "user" ? eq(calendarFeeds.userId, owner.userId) : eq(calendarFeeds.roomId, owner.roomId);
}

function issue(ctx: Ctx, owner: Owner, reset: boolean): string {
  return ctx.db.transaction(
    () => {
      const existing = ctx.db.select({ id: calendarFeeds.id, nonce: calendarFeeds.nonce }).from(calendarFeeds).where(whereOwner(owner)).get();
      if (existing && !reset) return feedPath(tokenFor(existing.nonce));
      const nonce = randomBytes(24).toString("base64url");
      const token = tokenFor(nonce);
      if (existing) {
        ctx.db.update(calendarFeeds).set({ nonce, tokenHash: hashToken(token), createdAt: ctx.now, createdBy: ctx.actor.userId }).where(eq(calendarFeeds.id, existing.id)).run();
      } else {
        ctx.db
          .insert(calendarFeeds)
          .values({ kind: owner.kind, userId: owner.kind === "user" ? owner.userId : null, roomId: owner.kind === "room" ? owner.roomId : null, nonce, tokenHash: hashToken(token), createdAt: ctx.now, createdBy: ctx.actor.userId })
          .run();
      }
      auditAs(ctx, {
        action: existing ? "calendar_feed.reset" : "calendar_feed.create",
        entityType: owner.kind === "user" ? "user" : "room",
        entityId: owner.kind === "user" ? owner.userId : owner.roomId,
      });
      return feedPath(token);
    },
    { behavior: "immediate" },
  );
}

/** The path of the caller's own feed (staff only), made on first use. */
export function getOwnFeed(ctx: Ctx): { path: string } {
  if (!isStaff(ctx.actor)) throw forbidden();
  return { path: issue(ctx, { kind: "user", userId: ctx.actor.userId }, false) };
}

/** A new secret URL for the caller's own feed; the old one answers 404 from now on. */
export function resetOwnFeed(ctx: Ctx): { path: string } {
  if (!isStaff(ctx.actor)) throw forbidden();
  return { path: issue(ctx, { kind: "user", userId: ctx.actor.userId }, true) };
}

function assertRoom(ctx: Ctx, roomId: number): void {
  if (!ctx.actor.roles.includes("admin")) throw forbidden();
  if (!ctx.db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId)).get()) throw notFound();
}

/** A room's feed (admin: to share with whoever keeps the room's calendar). */
export function getRoomFeed(ctx: Ctx, roomId: number): { path: string } {
  assertRoom(ctx, roomId);
  return { path: issue(ctx, { kind: "room", roomId }, false) };
}

export function resetRoomFeed(ctx: Ctx, roomId: number): { path: string } {
  assertRoom(ctx, roomId);
  return { path: issue(ctx, { kind: "room", roomId }, true) };
}

/** The feed a token opens, or null (unknown, reset, or malformed). */
export function resolveFeedToken(db: Db, token: string): { kind: FeedKind; userId: number | null; roomId: number | null } | null {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.select({ kind: calendarFeeds.kind, userId: calendarFeeds.userId, roomId: calendarFeeds.roomId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashToken(token))).get() ?? null;
}
