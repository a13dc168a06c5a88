import { beforeAll, describe, expect, it } from "vitest";
import { calendarFeeds } from "@/db/schema";
import { cancelAppointment } from "../appointments/cancel-appointment";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { appointmentsWorld, codeOf, local, NOW, tue } from "../appointments/test-fixtures";
import { FEED_PATH_PREFIX, getOwnFeed, getRoomFeed, hashToken, resetOwnFeed, resolveFeedToken } from "./feeds";
import { roomCalendar, userCalendar } from "./ics";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-calendar-feeds";
});

const tokenOf = (path: string) => path.slice(FEED_PATH_PREFIX.length, -".ics".length);

/** A small RFC 5545 reader: unfolds lines, checks BEGIN/END nesting, returns the components. */
function parseIcs(text: string): { name: string; props: Record<string, string> }[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const stack: string[] = [];
  const out: { name: string; props: Record<string, string> }[] = [];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, `content line: ${line}`).not.toBeNull();
    const [, name, params, value] = m!;
    if (name === "BEGIN") {
      stack.push(value);
      out.push({ name: value, props: {} });
    } else if (name === "END") {
      expect(stack.pop()).toBe(value);
    } else {
      expect(stack.length).toBeGreaterThan(0);
      [...out].reverse().find((c) => c.name === stack.at(-1))!.props[name + params] = value;
    }
  }
  expect(stack).toEqual([]);
  return out;
}

describe("calendar feeds", () => {
  it("the counsellor's feed: valid iCalendar, one VEVENT per confirmed session, 咨询预约 and the room only", async () => {
    const w = await appointmentsWorld();
    const a = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), a.id, {});
    const b = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("14:00"), note: "最近总是失眠" });
    confirmAppointment(w.ctx(w.c1), b.id, {});
    const cancelled = requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("15:00") });
    confirmAppointment(w.ctx(w.c1), cancelled.id, {});
    cancelAppointment(w.ctx(w.r3), cancelled.id, { reason: "有事" });
    requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-12-02 10:00") });
    // Another counsellor's session stays out.
    const other = requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c3.userId, startAt: local("2026-12-03 10:00") });
    confirmAppointment(w.ctx(w.c3), other.id, {});

    const ics = userCalendar(w.db, w.c1.userId, NOW);
    const parts = parseIcs(ics);
    expect(parts[0].name).toBe("VCALENDAR");
    expect(parts[0].props).toMatchObject({ VERSION: "2.0" });
    expect(parts.filter((p) => p.name === "VTIMEZONE")).toHaveLength(1);
    const events = parts.filter((p) => p.name === "VEVENT");
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.props["DTSTART;TZID=Asia/Shanghai"])).toEqual(["20261201T100000", "20261201T140000"]);
    expect(events.map((e) => e.props["DTEND;TZID=Asia/Shanghai"])).toEqual(["20261201T105000", "20261201T145000"]);
    expect(events.map((e) => e.props.SUMMARY)).toEqual(["咨询预约", "咨询预约"]);
    expect(events.map((e) => e.props.LOCATION)).toEqual(["心理服务工作室", "心理服务工作室"]);
    expect(new Set(events.map((e) => e.props.UID)).size).toBe(2);
    expect(events.every((e) => /^\d{8}T\d{6}Z$/.test(e.props.DTSTAMP))).toBe(true);
    for (const secret of ["张秀英", "马国强", "刘芳", "失眠", "个体心理咨询"]) expect(ics).not.toContain(secret);
  });

  it("the URL is stable until reset; a reset makes the old token open nothing; tokens are stored hashed", async () => {
    const w = await appointmentsWorld();
    const first = getOwnFeed(w.ctx(w.c1)).path;
    expect(first).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(getOwnFeed(w.ctx(w.c1)).path).toBe(first);
    expect(resolveFeedToken(w.db, tokenOf(first))).toEqual({ kind: "user", userId: w.c1.userId, roomId: null });
    const stored = w.db.select().from(calendarFeeds).all();
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(hashToken(tokenOf(first)));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(first));

    const second = resetOwnFeed(w.ctx(w.c1)).path;
    expect(second).not.toBe(first);
    expect(resolveFeedToken(w.db, tokenOf(first))).toBeNull();
    expect(resolveFeedToken(w.db, tokenOf(second))).toMatchObject({ userId: w.c1.userId });
    expect(resolveFeedToken(w.db, "not a token")).toBeNull();
    // Another staff member has their own feed; residents have none; rooms are the admin's.
    expect(getOwnFeed(w.ctx(w.c3)).path).not.toBe(second);
    expect(codeOf(() => getOwnFeed(w.ctx(w.r1)))).toBe("forbidden");
    expect(codeOf(() => getRoomFeed(w.ctx(w.c1), w.room("studio")))).toBe("forbidden");
    expect(codeOf(() => getRoomFeed(w.ctx(w.admin), 9999))).toBe("not_found");
  });

  it("a room's feed lists its confirmed bookings by purpose, with no names", async () => {
    const w = await appointmentsWorld();
    const a = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), a.id, {});
    requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c3.userId, startAt: tue("11:00") });
    const path = getRoomFeed(w.ctx(w.admin), w.room("studio")).path;
    const feed = resolveFeedToken(w.db, tokenOf(path))!;
    expect(feed).toMatchObject({ kind: "room", roomId: w.room("studio") });
    const ics = roomCalendar(w.db, feed.roomId!, NOW);
    const events = parseIcs(ics).filter((p) => p.name === "VEVENT");
    expect(events.map((e) => [e.props.SUMMARY, e.props["DTSTART;TZID=Asia/Shanghai"]])).toEqual([["预约咨询", "20261201T100000"]]);
    expect(ics).not.toContain("李静怡");
    expect(ics).not.toContain("张秀英");
  });
});
