import type { Db } from "../client";
import type { AppointmentStatus, CallAction, CallCategory, CallerKind, CareGroup, CounselorKind, MediationDisputeType, MediationSource, MediationStatus, RiskColor, RiskLevel, Role, VisitKind } from "../schema";
import { prng } from "../seed";
import { COUNSELOR_TITLES, DEMO_ACCOUNTS, DEMO_RESIDENTS, GIVEN_FEMALE, GIVEN_MALE, ROOMS, SPECIALTIES, SURNAMES } from "../seed-data";
import { CELLS, Calendar, DAY, HOUR, MINUTE, MinHeap, RoomDay, daysBetween, openCells, quotas, shiftDate, shiftMonths, type RoomCode } from "./calendar";
import { ACTIVITY_TITLES, CALL_SUMMARIES, CASE_SUMMARIES, COMMUNITIES, LARGE_SERVICES, OCCUPATIONS, SESSION_NOTES, VISIT_OBSERVATIONS } from "./text";
import { Writer, type AuditEvent } from "./writer";

/** Ten years of a busy centre (issue 12). `scale` multiplies every count but the 60 staff. */
export const FULL_COUNTS = {
  residents: 20_000,
  appointments: 80_000,
  hotlineCalls: 120_000,
  mediationCases: 15_000,
  carePersons: 3_000,
  careVisits: 150_000,
  activities: 5_000,
  signups: 60_000,
  reservations: 200_000,
  audit: 1_000_000,
} as const;
export type LargeCounts = Record<keyof typeof FULL_COUNTS, number>;

export const LARGE_TODAY = "2026-11-30";
export const LARGE_SEED = 20_261_130;
const FUTURE_DAYS = 28;
/** Audit events are written in time order within this many days (creations are at most this far before the day generated). */
const AUDIT_LAG_DAYS = 30;
const STAFF_COUNT = 60;

export interface LargeSeedOptions {
  /** One argon2 hash of the demo password for every account (hashing is async and slow: do it once, before). */
  passwordHash: string;
  scale?: number;
  /** Local date "YYYY-MM-DD" the data set ends on (default 2026-11-30); "now" is 14:00 that day. */
  today?: string;
  years?: number;
  seed?: number;
  log?: (message: string) => void;
}

export interface LargeSeedResult {
  targets: LargeCounts;
  rows: Record<string, number>;
  lastAuditHash: string;
  firstDate: string;
  today: string;
  now: Date;
}

interface Staff {
  id: number;
  username: string;
  name: string;
  roles: Role[];
  gender: "male" | "female";
  kind: CounselorKind | null;
  specialties: string[];
  title: string;
  qualifications: string | null;
}

export function targetCounts(scale: number): LargeCounts {
  const out = {} as LargeCounts;
  for (const [k, v] of Object.entries(FULL_COUNTS) as [keyof LargeCounts, number][]) out[k] = Math.max(1, Math.round(v * scale));
  out.residents = Math.max(out.residents, 30);
  return out;
}

/**
 * Writes the whole data set into an empty, migrated database: rows go straight into the tables
 * (prepared statements, one transaction per couple of months) but keep every invariant the use
 * cases keep — live bookings of an exclusive room never overlap and a shared room never exceeds
 * its capacity (a per-day occupancy grid), a counsellor is never in two sessions, enums are the
 * schema's, foreign keys hold (checked by SQLite as rows go in), and the audit rows form one valid
 * hash chain in time order. Deterministic: the same options give the same rows (but the password
 * hash, which the caller supplies).
 */
export function generateLargeDataset(db: Db, options: LargeSeedOptions): LargeSeedResult {
  const sqlite = db.$client;
  const existing = sqlite.prepare("SELECT count(*) AS n FROM users").get() as { n: number };
  if (existing.n > 0) throw new Error("the large data set needs an empty database");
  const scale = options.scale ?? 1;
  const N = targetCounts(scale);
  const today = options.today ?? LARGE_TODAY;
  const years = options.years ?? 10;
  const firstDate = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  const cal = new Calendar(firstDate);
  const T = daysBetween(firstDate, today);
  const lastDay = T + FUTURE_DAYS;
  const nowMs = cal.dayStart(T) + 14 * HOUR;
  const log = options.log ?? (() => {});
  const rand = prng(options.seed ?? LARGE_SEED);
  const w = new Writer(sqlite);
  const int = rand.int;
  const pick = rand.pick;
  const chance = (p: number) => rand.next() < p;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let x = rand.next() * items.reduce((n, [, wt]) => n + wt, 0);
    for (const [v, wt] of items) if ((x -= wt) < 0) return v;
    return items[items.length - 1][0];
  };
  const name = (gender: "male" | "female") => pick(SURNAMES) + pick(gender === "male" ? GIVEN_MALE : GIVEN_FEMALE);
  const ip = () => `10.12.${int(0, 3)}.${int(2, 250)}`;
  const growth = (i: number) => 0.7 + (0.6 * Math.min(i, T)) / T;

  // A throw-away bulk load: no journal, a large page cache; the usual pragmas come back at the end.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  // Indexes are built once at the end from sorted data, far cheaper than millions of random
  // insertions; the same definitions come back (and unique ones are checked when they do).
  // Kept: the mediation search triggers (migration 0013) look up a case's parties on every insert
  // of a case or a party; without this index each lookup would read every party so far.
  const KEEP_DURING_LOAD = new Set(["mediation_parties_case_idx"]);
  const indexes = (sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[]).filter((ix) => !KEEP_DURING_LOAD.has(ix.name));
  for (const ix of indexes) sqlite.exec(`DROP INDEX "${ix.name}"`);
  sqlite.exec("BEGIN");
  const commit = () => {
    sqlite.exec("COMMIT");
    sqlite.exec("BEGIN");
  };

  // --- holidays: every room closed (a blackout), the hotline still answers ----------------------
  const holiday = new Set<number>();
  const blackouts: Record<string, number | string | null>[] = [];
  const startOfYears = Number(firstDate.slice(0, 4));
  for (let y = startOfYears; y <= Number(today.slice(0, 4)); y++) {
    for (const [from, days, reason] of [[`${y}-02-10`, 3, "春节假期，功能室暂停开放"], [`${y}-10-01`, 3, "国庆假期，功能室暂停开放"]] as const) {
      const d0 = daysBetween(firstDate, from);
      if (d0 < 0 || d0 > lastDay) continue;
      for (let k = 0; k < days; k++) holiday.add(d0 + k);
      blackouts.push({ roomId: null, startAt: cal.dayStart(d0), endAt: cal.dayStart(d0 + days), reason, createdBy: 1, createdAt: cal.dayStart(Math.max(0, d0 - 20)) });
    }
  }
  const isOpen = (i: number) => cal.weekday(i) !== 0 && !holiday.has(i);

  // --- rooms ---------------------------------------------------------------------------------------
  const roomIndex = new Map<RoomCode, number>();
  ROOMS.forEach((r, k) => {
    roomIndex.set(r.code, k);
    w.insert("rooms", {
      id: k + 1,
      code: r.code,
      name: r.name,
      description: r.description,
      icon: r.icon,
      mode: r.mode,
      capacity: r.capacity,
      residentBookable: r.residentBookable,
      staffRequired: r.staffRequired,
      openingHours: r.openingHours,
      minMinutes: r.minMinutes,
      maxMinutes: r.maxMinutes,
      sortOrder: k,
      active: true,
      createdAt: cal.dayStart(0),
    });
  });
  const roomDay = new RoomDay(ROOMS);
  const roomOpen = ROOMS.map((r) => [0, 1, 2, 3, 4, 5, 6].map((wd) => openCells(r.openingHours, wd)));

  // --- residents (一人一档): the first 30 % were on file at the start, the rest join over the years --
  const firstWave = Math.ceil(N.residents * 0.3);
  const residentDay = (id: number) => (id <= firstWave ? 0 : Math.floor(((id - firstWave) * T) / (N.residents - firstWave)));
  const maxResidentAt = (i: number) => Math.max(Math.min(N.residents, 3), Math.min(N.residents, Math.floor(firstWave + ((N.residents - firstWave) * Math.min(i, T)) / T)));
  const pickResident = (i: number) => int(1, maxResidentAt(i));
  for (let id = 1; id <= N.residents; id++) {
    const demo = DEMO_RESIDENTS[id - 1];
    const gender = demo ? demo.gender : chance(0.55) ? "female" : "male";
    const community = demo ? demo.community : pick(COMMUNITIES);
    const createdAt = cal.dayStart(residentDay(id)) + 9 * HOUR + int(0, 480) * MINUTE;
    w.insert("residents", {
      id,
      name: demo ? demo.name : name(gender),
      gender,
      birthYear: demo ? demo.birthYear : int(1940, 2015),
      phone: demo ? demo.phone : `139${String(10_000_000 + id).slice(-8)}`,
      address: demo ? demo.address : `濮上街道${community} ${int(1, 30)} 号楼 ${int(1, 4)} 单元 ${int(1, 6)}0${int(1, 4)}`,
      community,
      consentBasis: "consent",
      consentAt: createdAt,
      consentVersion: "2026-01",
      createdAt,
    });
  }

  // --- sixty staff: the demo accounts, then generated colleagues ----------------------------------
  const staff: Staff[] = DEMO_ACCOUNTS.map((a, k) => ({
    id: k + 1,
    username: a.username,
    name: a.name,
    roles: a.roles,
    gender: a.gender,
    kind: a.counselorKind ?? null,
    specialties: a.specialties ?? [],
    title: a.title ?? "",
    qualifications: a.qualifications ?? null,
  }));
  const addStaff = (username: string, roles: Role[], title: string, kind: CounselorKind | null = null) => {
    const gender = chance(0.6) ? "female" : "male";
    const specialties = kind ? rand.sample(SPECIALTIES, int(2, 3)) : [];
    staff.push({ id: staff.length + 1, username, name: name(gender), roles, gender, kind, specialties, title, qualifications: kind ? pick(COUNSELOR_TITLES[kind].qualifications) : null });
  };
  const kinds: CounselorKind[] = [...Array<CounselorKind>(8).fill("expert"), ...Array<CounselorKind>(12).fill("volunteer"), ...Array<CounselorKind>(8).fill("guide")];
  kinds.forEach((kind, k) => addStaff(`zx${String(k + 1).padStart(2, "0")}`, k % 7 === 3 ? ["counselor", "hotline"] : ["counselor"], COUNSELOR_TITLES[kind].title, kind));
  for (let k = 1; k <= 11; k++) addStaff(`fd${String(k).padStart(2, "0")}`, ["teacher"], "团体辅导老师");
  for (let k = 1; k <= 4; k++) addStaff(`tj${String(k).padStart(2, "0")}`, ["mediator"], "人民调解员");
  for (let k = 1; k <= 5; k++) addStaff(`rx${String(k).padStart(2, "0")}`, ["hotline"], "热线值守员");
  for (let k = 1; k <= 5; k++) addStaff(`gh${String(k).padStart(2, "0")}`, ["carer"], k <= 3 ? "网格员" : "社工");
  if (staff.length !== STAFF_COUNT) throw new Error(`expected ${STAFF_COUNT} staff, got ${staff.length}`);
  const accountCreated = cal.dayStart(0);
  for (const s of staff) {
    w.insert("users", { id: s.id, username: s.username, name: s.name, phone: `1390393${String(s.id).padStart(4, "0")}`, passwordHash: options.passwordHash, createdAt: accountCreated });
    for (const role of s.roles) w.insert("user_roles", { userId: s.id, role });
    w.insert("staff_profiles", { userId: s.id, title: s.title, gender: s.gender, counselorKind: s.kind, qualifications: s.qualifications, specialties: s.specialties, bio: null });
  }
  const residentUsers = DEMO_RESIDENTS.map((r, k) => ({ id: STAFF_COUNT + 1 + k, username: r.username, name: r.name, residentId: k + 1 }));
  for (const u of residentUsers) {
    w.insert("users", { id: u.id, username: u.username, name: u.name, phone: DEMO_RESIDENTS[u.residentId - 1].phone, passwordHash: options.passwordHash, residentId: u.residentId, createdAt: accountCreated });
    w.insert("user_roles", { userId: u.id, role: "resident" });
  }
  for (const b of blackouts) w.insert("room_blackouts", b);
  const accountOfResident = new Map(residentUsers.map((u) => [u.residentId, u]));
  const withRole = (role: Role) => staff.filter((s) => s.roles.includes(role));
  const admin = staff[0];
  const counselors = withRole("counselor");
  const teachers = withRole("teacher");
  const mediators = withRole("mediator");
  const hotliners = withRole("hotline");
  const carers = withRole("carer");
  const guides = counselors.filter((c) => c.kind === "guide");
  const staffById = new Map(staff.map((s) => [s.id, s]));

  // --- services and the counsellors' weekly availability ------------------------------------------
  const services = LARGE_SERVICES.map((s, k) => ({ ...s, id: k + 1, roomIdx: s.rooms.map((c) => roomIndex.get(c)!) }));
  for (const s of services) {
    w.insert("services", { id: s.id, name: s.name, description: null, durationMinutes: s.minutes, roomIds: s.roomIdx.map((r) => r + 1), requiredSpecialty: s.specialty, active: true, sortOrder: s.id, createdAt: cal.dayStart(0) });
  }
  // Windows in grid cells [from, to): 09:00–12:00, 14:00–17:00; Saturdays 09:00–12:00, 13:00–15:30.
  const AM: [number, number, number, number] = [1, 7, 540, 720];
  const PM: [number, number, number, number] = [11, 17, 840, 1020];
  const SAT_PM: [number, number, number, number] = [9, 14, 780, 930];
  const windows = new Map<number, [number, number][][]>();
  for (const c of counselors) {
    const byDay: [number, number][][] = [[], [], [], [], [], [], []];
    const add = (wd: number, win: [number, number, number, number]) => {
      byDay[wd].push([win[0], win[1]]);
      w.insert("availability_rules", { counselorId: c.id, weekday: wd, startMinute: win[2], endMinute: win[3], createdAt: cal.dayStart(0), createdBy: admin.id });
    };
    const plan: [number, [number, number, number, number]][] = [];
    if (c.username === "counselor") for (const wd of [1, 2, 3, 4, 5]) plan.push([wd, AM], [wd, PM]);
    else if (c.username === "counselor2") plan.push([6, AM], [6, SAT_PM], [3, PM]);
    else if (c.kind === "expert") for (const wd of rand.sample([1, 2, 3, 4, 5], 3)) plan.push([wd, chance(0.5) ? AM : PM]);
    else if (c.kind === "guide") for (const wd of rand.sample([1, 2, 3, 4, 5], 3)) plan.push([wd, AM], [wd, PM]);
    else plan.push([6, chance(0.5) ? AM : SAT_PM], [int(1, 5), PM]);
    for (const [wd, win] of plan) add(wd, win);
    windows.set(c.id, byDay);
  }
  // Leave: a few days a year each (never the demo counsellor, whose calendar the tour shows).
  const onLeave = new Set<string>();
  for (const c of counselors) {
    if (c.username === "counselor") continue;
    for (let k = 0; k < years * 3; k++) {
      const day = int(0, lastDay);
      if (onLeave.has(`${c.id}:${day}`)) continue;
      onLeave.add(`${c.id}:${day}`);
      w.insert("availability_exceptions", { counselorId: c.id, date: cal.date(day), kind: "leave", startMinute: 0, endMinute: 1440, note: pick(["外出培训", "事假", "病假", "参加市心理学会年会"]), createdAt: cal.dayStart(Math.max(0, day - 10)), createdBy: c.id });
    }
  }
  const eligible = services.map((s) => counselors.filter((c) => !s.specialty || c.specialties.includes(s.specialty)));
  const counselorIndex = new Map(counselors.map((c, k) => [c.id, k]));
  const counselorBusy = counselors.map(() => new Uint8Array(CELLS));

  // --- quotas per day -------------------------------------------------------------------------------
  const days = Array.from({ length: lastDay + 1 }, (_, i) => i);
  const futureFactor = (i: number, span: number, f: number) => (i <= T ? 1 : i - T <= span ? f : 0);
  const apptQuota = quotas(N.appointments, days.map((i) => (isOpen(i) ? growth(i) * (cal.weekday(i) === 6 ? 0.6 : 1) * futureFactor(i, 14, 0.5) : 0)));
  const activityQuota = quotas(N.activities, days.map((i) => (isOpen(i) ? growth(i) * futureFactor(i, FUTURE_DAYS, 0.6) : 0)));
  const reservationQuota = quotas(N.reservations, days.map((i) => (isOpen(i) ? growth(i) * futureFactor(i, FUTURE_DAYS, 0.4) : 0)));
  const callQuota = quotas(N.hotlineCalls, days.map((i) => (i <= T ? growth(i) : 0)));
  const caseQuota = quotas(N.mediationCases, days.map((i) => (i <= T && cal.weekday(i) >= 1 && cal.weekday(i) <= 5 ? growth(i) : 0)));
  const auditQuota = quotas(N.audit, days.map((i) => (i <= T ? growth(i) : 0)));

  // Care: who registers when (30 % at the start), who leaves, and visits in proportion to those in care.
  const careReg: number[] = [];
  const careExit: (number | null)[] = [];
  const careResident: number[] = [];
  const stride = 7919;
  for (let p = 0; p < N.carePersons; p++) {
    const residentId = 3 + ((p * stride) % Math.max(1, N.residents - 2));
    careResident.push(residentId);
    const planned = p < N.carePersons * 0.3 ? int(0, 30) : int(0, T - 1);
    const reg = Math.min(T - 1, Math.max(planned, residentDay(residentId)));
    careReg.push(reg);
    careExit.push(chance(0.12) && reg < T - 60 ? int(reg + 30, T - 1) : null);
  }
  const activeDelta = new Array<number>(lastDay + 2).fill(0);
  careReg.forEach((r, p) => {
    activeDelta[r]++;
    const e = careExit[p];
    if (e !== null) activeDelta[e]--;
  });
  let activeNow = 0;
  const visitQuota = quotas(
    N.careVisits,
    days.map((i) => {
      activeNow += activeDelta[i];
      return i <= T && cal.weekday(i) !== 0 ? activeNow : 0;
    }),
  );
  const careByRegDay = new Map<number, number[]>();
  careReg.forEach((r, p) => careByRegDay.set(r, [...(careByRegDay.get(r) ?? []), p]));
  const careByExitDay = new Map<number, number[]>();
  careExit.forEach((e, p) => {
    if (e !== null) careByExitDay.set(e, [...(careByExitDay.get(e) ?? []), p]);
  });

  // --- state carried through the days -------------------------------------------------------------
  let reservationId = 0;
  let appointmentId = 0;
  let callId = 0;
  let caseId = 0;
  let sessionId = 0;
  let activityId = 0;
  let signupId = 0;
  let visitId = 0;
  let auditEvents = 0;
  let auditFiller = 0;
  let apptCarry = 0;
  let activityCarry = 0;
  let signupsGiven = 0;
  let reservationTarget = 0;
  let auditTarget = 0;
  const audit: AuditEvent[] = [];
  const deferredSessions = new Map<number, { caseId: number; caseNo: string; recorder: number; at: number; withRoom: boolean }[]>();
  const caseSeq = new Map<number, number>();
  const cadence: Record<RiskColor, number> = { red: 7, yellow: 14, green: 30 };
  const careState = careResident.map(() => ({ color: "green" as RiskColor, lastVisit: null as number | null, nextDue: 0, carers: [] as number[], active: false, exited: false }));
  const careHeap = new MinHeap();
  const event = (e: AuditEvent) => {
    audit.push(e);
    auditEvents++;
  };
  const flushAudit = (before: number) => {
    audit.sort((a, b) => a.at - b.at);
    let k = 0;
    while (k < audit.length && audit[k].at < before) k++;
    w.audit(audit.splice(0, k));
  };
  const clampPast = (ms: number, i: number) => Math.max(cal.dayStart(Math.max(0, i - AUDIT_LAG_DAYS + 1)), Math.min(ms, nowMs - MINUTE));

  const reserve = (r: {
    room: number;
    startAt: number;
    endAt: number;
    status: "held" | "confirmed" | "cancelled";
    purpose: string;
    places: number;
    title: string | null;
    bookedBy: number;
    residentId?: number | null;
    holdExpiresAt?: number | null;
    sourceType?: string | null;
    sourceId?: number | null;
    createdAt: number;
    cancelledAt?: number | null;
    cancelledBy?: number | null;
    cancelReason?: string | null;
  }): number => {
    reservationId++;
    w.insert("reservations", {
      id: reservationId,
      roomId: r.room + 1,
      startAt: r.startAt,
      endAt: r.endAt,
      status: r.status,
      purpose: r.purpose,
      places: r.places,
      title: r.title,
      bookedBy: r.bookedBy,
      residentId: r.residentId ?? null,
      holdExpiresAt: r.holdExpiresAt ?? null,
      sourceType: r.sourceType ?? null,
      sourceId: r.sourceId ?? null,
      cancelledAt: r.cancelledAt ?? null,
      cancelledBy: r.cancelledBy ?? null,
      cancelReason: r.cancelReason ?? null,
      createdAt: r.createdAt,
    });
    return reservationId;
  };

  const started = Date.now();
  for (let i = 0; i <= lastDay; i++) {
    const wd = cal.weekday(i);
    const open = isOpen(i);
    const past = i <= T;
    reservationTarget += reservationQuota[i];
    auditTarget += auditQuota[i];
    const dayStart = cal.dayStart(i);
    roomDay.reset();
    for (const b of counselorBusy) b.fill(0);

    // Mediation meetings planned on earlier days; some hold the sandplay room when it is free.
    for (const s of deferredSessions.get(i) ?? []) {
      sessionId++;
      let roomReservationId: number | null = null;
      let at = s.at;
      let end = s.at + 90 * MINUTE;
      const sand = roomIndex.get("sandplay")!;
      const cells = open ? roomOpen[sand][wd] : null;
      if (s.withRoom && cells) {
        const from = int(cells[0], cells[1] - 3);
        if (cal.cellStart(i, from) + 2 * HOUR < nowMs && roomDay.fits(sand, from, from + 3, 1)) {
          roomDay.take(sand, from, from + 3, 1);
          at = cal.cellStart(i, from);
          end = at + 90 * MINUTE;
          roomReservationId = reserve({ room: sand, startAt: at, endAt: end, status: "confirmed", purpose: "mediation", places: 1, title: s.caseNo, bookedBy: s.recorder, sourceType: "mediation", sourceId: s.caseId, createdAt: clampPast(at - int(1, 5) * DAY, i) });
        }
      }
      w.insert("mediation_sessions", { id: sessionId, caseId: s.caseId, heldAt: at, endAt: end, place: roomReservationId ? "沙盘活动室" : "中心调解室", roomReservationId, participants: "双方当事人、调解员", statements: [], facts: "双方陈述了纠纷经过。", outcome: "双方同意继续协商。", recorderId: s.recorder, createdAt: end + 30 * MINUTE });
      event({ at: Math.min(end + 30 * MINUTE, nowMs - MINUTE), actorId: s.recorder, actorUsername: staffById.get(s.recorder)!.username, action: "mediation.session.create", entityType: "mediation_case", entityId: s.caseId, ip: ip(), details: { sessionId, roomReservationId } });
    }
    deferredSessions.delete(i);

    // Group activities: a shared room is taken whole; sign-ups come from residents already on file.
    if (open) {
      let wanted = activityQuota[i] + activityCarry;
      for (let tries = 0; wanted > 0 && tries < wanted * 8; tries++) {
        const code = weighted<RoomCode>([["exercise", 4], ["music", 3], ["self-service", 2], ["sandplay", 1]]);
        const room = roomIndex.get(code)!;
        const cells = roomOpen[room][wd];
        if (!cells) continue;
        const k = int(2, 3);
        if (cells[1] - k < cells[0]) continue;
        const from = int(cells[0], cells[1] - k);
        const r = ROOMS[room];
        const places = r.mode === "exclusive" ? 1 : r.capacity;
        if (!roomDay.fits(room, from, from + k, places)) continue;
        const cancelled = chance(0.04);
        if (!cancelled) roomDay.take(room, from, from + k, places);
        activityId++;
        const startAt = cal.cellStart(i, from);
        const endAt = startAt + k * 30 * MINUTE;
        const teacher = pick(teachers);
        const createdAt = clampPast(startAt - int(7, 20) * DAY, i);
        const t = pick(ACTIVITY_TITLES);
        const capacity = int(8, 20);
        const resId = reserve({
          room,
          startAt,
          endAt,
          status: cancelled ? "cancelled" : "confirmed",
          purpose: "activity",
          places,
          title: t.title,
          bookedBy: teacher.id,
          sourceType: "activity",
          sourceId: activityId,
          createdAt,
          cancelledAt: cancelled ? clampPast(startAt - DAY, i) : null,
          cancelledBy: cancelled ? teacher.id : null,
          cancelReason: cancelled ? "老师临时有事，活动取消" : null,
        });
        // Sign-ups: an even share of the total, more residents than places fill the waitlist.
        const share = Math.round((N.signups * activityId) / N.activities) - signupsGiven;
        const n = Math.max(0, Math.min(share, maxResidentAt(i) - 1));
        const people = new Set<number>();
        if (i > T && activityId % 3 === 0 && n > 0) people.add(1);
        while (people.size < n) people.add(pickResident(i));
        let registered = 0;
        let position = 0;
        const rows: Record<string, number | string | null>[] = [];
        for (const residentId of people) {
          signupId++;
          const signedAt = clampPast(createdAt + int(1, 6) * DAY, i);
          const full = registered >= capacity;
          let status: string = full ? "waitlisted" : "registered";
          if (cancelled) status = "cancelled";
          else if (!full && chance(0.08)) status = "cancelled";
          else if (!full && past && endAt < nowMs) status = chance(0.8) ? "attended" : "absent";
          if (status === "registered" || status === "attended" || status === "absent") registered++;
          const attended = status === "attended" || status === "absent";
          rows.push({
            id: signupId,
            activityId,
            residentId,
            status,
            position: status === "waitlisted" ? ++position : null,
            createdAt: signedAt,
            cancelledAt: status === "cancelled" ? clampPast(signedAt + HOUR, i) : null,
            attendanceAt: attended ? endAt : null,
            attendanceBy: attended ? teacher.id : null,
            rating: status === "attended" && chance(0.4) ? int(3, 5) : null,
            ratedAt: null,
          });
        }
        signupsGiven += people.size;
        w.insert("activities", {
          id: activityId,
          title: t.title,
          description: null,
          type: t.type,
          roomId: room + 1,
          reservationId: resId,
          startAt,
          endAt,
          capacity,
          audience: "社区居民",
          signupDeadline: startAt - DAY,
          status: cancelled ? "cancelled" : registered >= capacity ? "full" : "open",
          createdBy: teacher.id,
          createdAt,
          cancelledAt: cancelled ? clampPast(startAt - DAY, i) : null,
          cancelledBy: cancelled ? teacher.id : null,
          cancelReason: cancelled ? "老师临时有事，活动取消" : null,
        });
        w.insert("activity_teachers", { activityId, userId: teacher.id });
        event({ at: createdAt, actorId: teacher.id, actorUsername: teacher.username, action: "activity.create", entityType: "activity", entityId: activityId, ip: ip() });
        for (const row of rows) {
          w.insert("activity_signups", row);
          const acc = accountOfResident.get(row.residentId as number);
          event({ at: row.createdAt as number, actorId: acc?.id ?? null, actorUsername: acc?.username ?? null, action: "activity.signup", entityType: "activity", entityId: activityId, ip: ip(), details: { signupId: row.id as number } });
        }
        wanted--;
      }
      activityCarry = wanted;
    }

    // Appointments: a counsellor's window, free for them (with the buffer) and a free room of the service.
    if (open) {
      let wanted = apptQuota[i] + apptCarry;
      for (let tries = 0; wanted > 0 && tries < wanted * 10; tries++) {
        const svc = weighted(services.map((s) => [s, s.weight] as const));
        const cands = eligible[svc.id - 1];
        if (!cands.length) continue;
        const c = pick(cands);
        if (onLeave.has(`${c.id}:${i}`)) continue;
        const wins = windows.get(c.id)![wd];
        if (!wins.length) continue;
        const [wFrom, wTo] = pick(wins);
        const kRoom = Math.ceil(svc.minutes / 30);
        const kBusy = Math.ceil((svc.minutes + 10) / 30);
        if (wTo - kRoom < wFrom) continue;
        const from = int(wFrom, wTo - kRoom);
        const busy = counselorBusy[counselorIndex.get(c.id)!];
        let free = true;
        for (let x = from; x < Math.min(CELLS, from + kBusy); x++) if (busy[x]) free = false;
        if (!free) continue;
        const room = svc.roomIdx.find((r) => {
          const cells = roomOpen[r][wd];
          return cells && from >= cells[0] && from + kRoom <= cells[1] && roomDay.fits(r, from, from + kRoom, 1);
        });
        if (room === undefined) continue;
        const startAt = cal.cellStart(i, from);
        const endAt = startAt + svc.minutes * MINUTE;
        let status: AppointmentStatus;
        const x = rand.next();
        if (endAt <= nowMs - HOUR) status = x < 0.68 ? "completed" : x < 0.78 ? "no_show" : x < 0.92 ? "cancelled" : "declined";
        else if (startAt <= nowMs) status = "confirmed";
        else status = x < 0.7 ? "confirmed" : x < 0.88 ? "requested" : "cancelled";
        const live = status !== "cancelled" && status !== "declined";
        if (live) {
          roomDay.take(room, from, from + kRoom, 1);
          for (let y = from; y < Math.min(CELLS, from + kBusy); y++) busy[y] = 1;
        }
        appointmentId++;
        const residentId = pickResident(i);
        const account = accountOfResident.get(residentId);
        const booker = account ? { id: account.id, username: account.username } : { id: c.id, username: c.username };
        const createdAt = status === "requested" ? clampPast(nowMs - int(1, 40) * HOUR, i) : clampPast(startAt - int(1, 10) * DAY, i);
        const holdExpiresAt = Math.min(createdAt + 48 * HOUR, startAt);
        const confirmedAt = clampPast(Math.min(createdAt + int(1, 20) * HOUR, startAt - HOUR), i);
        const cancelBy = status === "cancelled" ? (chance(0.7) ? booker : { id: c.id, username: c.username }) : null;
        const cancelledAt = cancelBy ? clampPast(Math.min(startAt - 2 * HOUR, confirmedAt + int(1, 48) * HOUR), i) : null;
        const declinedAt = status === "declined" ? Math.min(confirmedAt, holdExpiresAt - MINUTE) : null;
        const resId = reserve({
          room,
          startAt,
          endAt,
          status: status === "requested" ? "held" : live ? "confirmed" : "cancelled",
          purpose: "appointment",
          places: 1,
          title: `${svc.name} · ${c.name}`,
          bookedBy: booker.id,
          residentId,
          holdExpiresAt: status === "requested" || status === "declined" ? holdExpiresAt : null,
          sourceType: "appointment",
          sourceId: appointmentId,
          createdAt,
          cancelledAt: cancelledAt ?? declinedAt,
          cancelledBy: cancelBy?.id ?? (declinedAt ? c.id : null),
          cancelReason: cancelledAt ? "预约已取消" : declinedAt ? "预约未受理" : null,
        });
        const checkedInAt = status === "completed" ? startAt - int(0, 15) * MINUTE : null;
        const completedAt = status === "completed" ? endAt + int(5, 60) * MINUTE : null;
        const version = { requested: 1, confirmed: 2, declined: 2, cancelled: 3, no_show: 3, checked_in: 3, completed: 4 }[status];
        w.insert("appointments", {
          id: appointmentId,
          residentId,
          serviceId: svc.id,
          counselorId: c.id,
          startAt,
          endAt,
          status,
          mode: "slot",
          urgency: "normal",
          holdExpiresAt: status === "requested" ? holdExpiresAt : null,
          reservationId: resId,
          cancelledAt,
          cancelledBy: cancelBy?.id ?? null,
          cancelReason: cancelBy ? (cancelBy.id === c.id ? "咨询师临时外出督导" : "临时有事，改天再约") : null,
          declinedAt,
          declinedBy: declinedAt ? c.id : null,
          declineReason: declinedAt ? "该时段咨询师另有安排，请改约其他时间" : null,
          confirmedAt: status !== "requested" && status !== "declined" ? confirmedAt : null,
          checkedInAt,
          completedAt,
          createdBy: booker.id,
          createdAt,
          updatedAt: completedAt ?? cancelledAt ?? declinedAt ?? (status === "requested" ? null : confirmedAt),
          version,
        });
        const ev = (at: number, actor: { id: number; username: string }, from: AppointmentStatus | null, to: AppointmentStatus, action: string, reason: string | null = null) => {
          w.insert("appointment_events", { appointmentId, actorId: actor.id, at, fromStatus: from, toStatus: to, action, reason });
          event({ at, actorId: actor.id, actorUsername: actor.username, action: `appointment.${action}`, entityType: "appointment", entityId: appointmentId, ip: ip(), details: { to } });
        };
        const cActor = { id: c.id, username: c.username };
        ev(createdAt, booker, null, "requested", "request");
        if (declinedAt) ev(declinedAt, cActor, "requested", "declined", "decline", "该时段咨询师另有安排");
        else if (status !== "requested") {
          ev(confirmedAt, cActor, "requested", "confirmed", "confirm");
          if (cancelBy && cancelledAt) ev(cancelledAt, cancelBy, "confirmed", "cancelled", "cancel", "预约已取消");
          else if (status === "no_show") ev(startAt + 20 * MINUTE, cActor, "confirmed", "no_show", "no_show");
          else if (checkedInAt) {
            ev(checkedInAt, cActor, "confirmed", "checked_in", "check_in");
            if (completedAt) {
              ev(completedAt, cActor, "checked_in", "completed", "complete");
              const note = pick(SESSION_NOTES);
              const risk = weighted<RiskLevel>([["none", 40], ["low", 35], ["medium", 20], ["high", 5]]);
              w.insert("session_records", { appointmentId, authorId: c.id, presentingIssue: note.issue, assessment: note.assessment, intervention: note.intervention, plan: note.plan, nextStep: null, riskLevel: risk, createdAt: completedAt });
              if (risk === "high") w.insert("appointment_alerts", { appointmentId, recipientId: admin.id, riskLevel: "high", raisedBy: c.id, createdAt: completedAt, handledAt: completedAt < nowMs - 7 * DAY ? completedAt + DAY : null, handledBy: completedAt < nowMs - 7 * DAY ? admin.id : null });
            }
          }
        }
        wanted--;
      }
      apptCarry = wanted;
    }

    // 订单式 requests waiting for triage (no counsellor yet): one a day over the last ten days.
    if (i > T - 10 && i <= T && apptCarry === 0 && appointmentId < N.appointments && open) {
      appointmentId++;
      const residentId = pickResident(i);
      const createdAt = clampPast(dayStart + int(9, 17) * HOUR, i);
      const by = accountOfResident.get(residentId) ?? pick(guides);
      w.insert("appointments", { id: appointmentId, residentId, serviceId: 1, status: "requested", mode: "order", preferredTimes: ["工作日下午"], need: "最近情绪很差，想找老师聊聊。", urgency: "normal", createdBy: by.id, createdAt, version: 1 });
      w.insert("appointment_events", { appointmentId, actorId: by.id, at: createdAt, fromStatus: null, toStatus: "requested", action: "request", reason: null });
      event({ at: createdAt, actorId: by.id, actorUsername: by.username, action: "appointment.request", entityType: "appointment", entityId: appointmentId, ip: ip() });
    }

    // The rest of the rooms' use: walk-ins at the front desk, residents' own bookings, staff meetings.
    if (open) {
      let wanted = reservationTarget - reservationId;
      for (let tries = 0; wanted > 0 && tries < wanted * 20; tries++) {
        const code = weighted<RoomCode>([["self-service", 25], ["exercise", 25], ["music", 15], ["emotion", 12], ["sleep", 12], ["vr", 6], ["studio", 3], ["sandplay", 2]]);
        const room = roomIndex.get(code)!;
        const r = ROOMS[room];
        const cells = roomOpen[room][wd];
        if (!cells) continue;
        const k = weighted([[1, 3], [2, 4], [3, 1]] as const);
        if (k * 30 < r.minMinutes || k * 30 > r.maxMinutes || cells[1] - k < cells[0]) continue;
        const from = int(cells[0], cells[1] - k);
        if (!roomDay.fits(room, from, from + k, 1)) continue;
        const startAt = cal.cellStart(i, from);
        const endAt = startAt + k * 30 * MINUTE;
        const cancelled = chance(0.07);
        if (!cancelled) roomDay.take(room, from, from + k, 1);
        const staffRoom = !r.residentBookable;
        const residentId = staffRoom ? null : pickResident(i);
        const account = residentId ? accountOfResident.get(residentId) : undefined;
        const by = account ? { id: account.id, username: account.username } : staffRoom ? pick(counselors) : pick(guides);
        const createdAt = clampPast(startAt - int(0, 6) * DAY - int(1, 8) * HOUR, i);
        const id = reserve({
          room,
          startAt,
          endAt,
          status: cancelled ? "cancelled" : "confirmed",
          purpose: staffRoom ? weighted([["meeting", 2], ["other", 1]] as const) : "self_service",
          places: 1,
          title: staffRoom ? "个案研讨" : account ? null : "居民到访",
          bookedBy: by.id,
          residentId,
          createdAt,
          cancelledAt: cancelled ? clampPast(startAt - 2 * HOUR, i) : null,
          cancelledBy: cancelled ? by.id : null,
          cancelReason: cancelled ? "居民来电取消" : null,
        });
        event({ at: createdAt, actorId: by.id, actorUsername: by.username, action: "reservation.create", entityType: "reservation", entityId: id, ip: ip(), details: { roomId: room + 1 } });
        wanted--;
      }
    }

    if (past) {
      // Hotline: three shifts of two, calls around the clock.
      const shiftIds: number[][] = [];
      for (let s = 0; s < 3; s++) {
        const pair = rand.sample(hotliners, 2);
        const shiftId = i * 3 + s + 1;
        w.insert("hotline_shifts", { id: shiftId, startAt: dayStart + s * 8 * HOUR, endAt: dayStart + (s + 1) * 8 * HOUR, createdBy: admin.id, createdAt: dayStart - 14 * DAY });
        for (const p of pair) w.insert("hotline_shift_staff", { shiftId, userId: p.id });
        shiftIds.push(pair.map((p) => p.id));
      }
      const calls = callQuota[i];
      for (let k = 0; k < calls; k++) {
        callId++;
        const startedAt = Math.min(dayStart + int(0, 1439) * MINUTE, nowMs - 2 * HOUR);
        const shift = Math.min(2, Math.floor((startedAt - dayStart) / (8 * HOUR)));
        const operator = staffById.get(pick(shiftIds[Math.max(0, shift)]))!;
        const endedAt = startedAt + int(2, 40) * MINUTE;
        const callerKind = weighted<CallerKind>([["self", 45], ["other", 15], ["anonymous", 15], ["silent", 8], ["hangup", 8], ["harassment", 3], ["info", 6]]);
        const risk = weighted<RiskLevel>([["none", 40], ["low", 30], ["medium", 20], ["high", 8], ["imminent", 2]]);
        const categories = rand.sample<CallCategory>(["emotion", "family", "relationship", "study", "work", "health", "other"], int(1, 2));
        if (risk === "imminent" || risk === "high") categories.push("crisis");
        const actions: CallAction[] = risk === "imminent" ? ["safety_plan", "emergency_110"] : risk === "high" ? ["safety_plan", "guardian_contacted"] : risk === "medium" && chance(0.3) ? ["referred_appointment"] : [];
        const followUpAt = risk === "high" || risk === "imminent" || (risk === "medium" && chance(0.3)) ? endedAt + int(1, 3) * DAY : null;
        const followUpDoneAt = followUpAt && followUpAt < nowMs - DAY && chance(0.96) ? followUpAt + int(0, 12) * HOUR : null;
        w.insert("hotline_calls", {
          id: callId,
          status: "saved",
          startedAt,
          endedAt,
          operatorId: operator.id,
          callerKind,
          residentId: (callerKind === "self" || callerKind === "other") && chance(0.35) ? pickResident(i) : null,
          callerPhone: callerKind === "anonymous" || callerKind === "silent" ? null : `13${String(int(100_000_000, 999_999_999))}`,
          categories,
          summary: callerKind === "silent" || callerKind === "hangup" ? "" : pick(CALL_SUMMARIES),
          riskLevel: risk,
          actions,
          followUpAt,
          followUpDoneAt: followUpDoneAt && followUpDoneAt < nowMs ? followUpDoneAt : null,
          createdAt: endedAt,
          updatedAt: endedAt,
        });
        event({ at: Math.min(endedAt, nowMs - MINUTE), actorId: operator.id, actorUsername: operator.username, action: "hotline.call.save", entityType: "hotline_call", entityId: callId, ip: ip(), details: { riskLevel: risk } });
      }

      // Mediation: a case's whole path is decided at registration; its meetings come on later days.
      for (let k = 0; k < caseQuota[i]; k++) {
        caseId++;
        const createdAt = dayStart + int(9 * 60, 17 * 60) * MINUTE;
        const year = cal.year(i);
        const seq = (caseSeq.get(year) ?? 0) + 1;
        caseSeq.set(year, seq);
        const caseNo = `(${year})安康人调字第${String(seq).padStart(4, "0")}号`;
        const lead = pick(mediators);
        const counselor = pick(counselors);
        const age = (nowMs - createdAt) / DAY;
        const disputeType = weighted<MediationDisputeType>([["marriage_family", 25], ["neighbour", 25], ["housing_land", 10], ["property_mgmt", 12], ["labour", 8], ["damages", 8], ["debt", 7], ["other", 5]]);
        const path: MediationStatus[] = ["registered"];
        const x = rand.next();
        if (x < 0.05) path.push("rejected", ...(age > 90 ? (["archived"] as const) : []));
        else {
          path.push("accepted");
          if (age > 3) path.push("in_mediation");
          if (age > 25) {
            if (rand.next() < 0.8) {
              path.push("agreed");
              if (age > 45) path.push("closed");
            } else {
              path.push("failed");
              if (age > 40) path.push("closed");
            }
            if (age > 400 && chance(0.7) && path[path.length - 1] === "closed") path.push("archived");
          }
        }
        const stepAt = (s: MediationStatus): number => {
          const offset = { registered: 0, accepted: 1, rejected: 2, in_mediation: 3, agreed: 20, failed: 22, judicial_confirmation: 30, closed: 40, archived: 300 }[s];
          return Math.min(createdAt + offset * DAY + int(1, 6) * HOUR, nowMs - MINUTE);
        };
        const status = path[path.length - 1];
        const acceptedAt = path.includes("accepted") ? stepAt("accepted") : null;
        const agreedAt = path.includes("agreed") ? stepAt("agreed") : null;
        const acceptedOn = acceptedAt ? cal.date(cal.dayOf(acceptedAt)) : null;
        w.insert("mediation_cases", {
          id: caseId,
          caseNo,
          year,
          seq,
          source: weighted<MediationSource>([["application", 50], ["initiative", 15], ["police", 15], ["court", 10], ["government", 10]]),
          disputeType,
          summary: CASE_SUMMARIES[disputeType],
          riskColor: weighted<RiskColor>([["green", 70], ["yellow", 22], ["red", 8]]),
          status,
          leadMediatorId: lead.id,
          acceptedAt,
          deadlineOn: acceptedOn ? shiftMonths(acceptedOn, 1) : null,
          agreedAt,
          followUpDueOn: status === "agreed" ? shiftDate(cal.date(cal.dayOf(agreedAt!)), 30) : null,
          closedAt: path.includes("closed") ? stepAt("closed") : null,
          archivedAt: path.includes("archived") ? stepAt("archived") : null,
          createdBy: lead.id,
          createdAt,
          updatedAt: stepAt(status),
        });
        const parties = chance(0.2) ? 3 : 2;
        for (let p = 0; p < parties; p++) {
          const gender = chance(0.5) ? "female" : "male";
          const resident = p === 0 && chance(0.4) ? pickResident(i) : null;
          w.insert("mediation_parties", { caseId, role: p === 0 ? "applicant" : "respondent", sortOrder: p, residentId: resident, name: name(gender), gender, ethnicity: "汉族", age: int(22, 80), occupation: pick(OCCUPATIONS), phone: `137${String(int(10_000_000, 99_999_999))}`, address: `濮上街道${pick(COMMUNITIES)}` });
        }
        w.insert("mediation_team", { caseId, userId: lead.id, role: "lead", assignedAt: createdAt, assignedBy: lead.id });
        const assistant = chance(0.4) ? pick(mediators.filter((m) => m.id !== lead.id)) : null;
        if (assistant) w.insert("mediation_team", { caseId, userId: assistant.id, role: "assistant", assignedAt: createdAt, assignedBy: lead.id });
        if (chance(0.8)) w.insert("mediation_team", { caseId, userId: counselor.id, role: "counselor", assignedAt: createdAt + HOUR, assignedBy: lead.id });
        event({ at: createdAt, actorId: lead.id, actorUsername: lead.username, action: "mediation.case.register", entityType: "mediation_case", entityId: caseId, ip: ip() });
        for (let s = 1; s < path.length; s++) {
          const at = stepAt(path[s]);
          w.insert("mediation_transitions", { caseId, fromStatus: path[s - 1], toStatus: path[s], byId: lead.id, at, reason: path[s] === "rejected" ? "不属于人民调解受理范围" : path[s] === "failed" ? "双方分歧较大，调解不成" : null });
          event({ at, actorId: lead.id, actorUsername: lead.username, action: "mediation.case.transition", entityType: "mediation_case", entityId: caseId, ip: ip(), details: { to: path[s] } });
        }
        if (path.includes("in_mediation")) {
          const last = agreedAt ?? (path.includes("failed") ? stepAt("failed") : nowMs - HOUR);
          const meetings = int(1, 2);
          for (let m = 0; m < meetings; m++) {
            const at = Math.min(stepAt("in_mediation") + (m + 1) * 5 * DAY, last - HOUR);
            const day = cal.dayOf(at);
            if (day <= i || at >= nowMs) continue;
            const list = deferredSessions.get(day) ?? [];
            list.push({ caseId, caseNo, recorder: lead.id, at, withRoom: chance(0.15) });
            deferredSessions.set(day, list);
          }
        }
        if (agreedAt) {
          w.insert("mediation_agreements", { caseId, agreementNo: `(${year})安康人调协字第${String(seq).padStart(4, "0")}号`, oral: false, facts: CASE_SUMMARIES[disputeType], content: "双方自愿达成如下协议：按约定方式与期限履行。", performanceMethod: "一次性履行", performanceDeadlineOn: shiftDate(cal.date(cal.dayOf(agreedAt)), 30), signedOn: cal.date(cal.dayOf(agreedAt)), createdBy: lead.id, createdAt: agreedAt });
          if (path.includes("closed")) w.insert("mediation_follow_ups", { caseId, visitedAt: stepAt("closed") - DAY, method: weighted([["phone", 3], ["home", 1]] as const), byId: lead.id, performed: weighted([["yes", 8], ["partly", 1], ["no", 1]] as const), satisfaction: weighted([["satisfied", 7], ["basically", 2], ["dissatisfied", 1]] as const), situation: "协议已按期履行。", createdAt: stepAt("closed") - DAY });
        }
      }

      // Care: new persons, exits, and the day's visits to the most overdue.
      for (const p of careByRegDay.get(i) ?? []) {
        const personId = p + 1;
        const group = weighted<CareGroup>([["left_behind", 45], ["bereaved", 15], ["corrections", 20], ["petitioner", 20]]);
        const color = weighted<RiskColor>([["green", 60], ["yellow", 30], ["red", 10]]);
        const at = dayStart + int(9, 16) * HOUR;
        const st = careState[p];
        st.color = color;
        st.active = true;
        st.nextDue = i;
        st.carers = carers.length > 1 && chance(0.3) ? rand.sample(carers, 2).map((c) => c.id) : [pick(carers).id];
        const by = st.carers[0];
        w.insert("care_persons", { id: personId, residentId: careResident[p], status: "active", riskColor: color, nextVisitDue: cal.date(i), registeredOn: cal.date(i), createdAt: at, createdBy: by, updatedAt: at });
        w.insert("care_memberships", {
          personId,
          group,
          leftBehindKind: group === "left_behind" ? pick(["elderly", "children", "women"] as const) : null,
          details: group === "corrections" ? { supervisingOffice: "濮上司法所" } : group === "bereaved" ? { lossYear: int(2000, 2025) } : group === "petitioner" ? { matter: "征地补偿" } : { contactName: name("female"), contactRelation: "子女" },
          legalBasis: group === "corrections" ? "legal_duty" : "consent",
          consentNote: group === "corrections" ? null : "已签署书面同意书",
          basisRecordedAt: at,
          basisRecordedBy: by,
          createdAt: at,
          updatedAt: at,
        });
        for (const carer of st.carers) w.insert("care_assignments", { personId, carerId: carer, assignedAt: at, assignedBy: admin.id });
        w.insert("care_risk_history", { personId, fromColor: null, toColor: color, reason: "初始评定", byUserId: by, at });
        careHeap.push(i, p);
        event({ at, actorId: by, actorUsername: staffById.get(by)!.username, action: "care.person.register", entityType: "care_person", entityId: personId, ip: ip() });
      }
      for (const p of careByExitDay.get(i) ?? []) careState[p].exited = true;
      let visits = visitQuota[i];
      const revisit: [number, number][] = [];
      while (visits > 0 && careHeap.size > 0) {
        const top = careHeap.pop()!;
        const st = careState[top.id];
        if (st.exited) continue;
        if (top.key !== st.nextDue) continue;
        visitId++;
        visits--;
        const at = dayStart + int(9 * 60, 17 * 60) * MINUTE;
        const before = st.color;
        const after = chance(0.88) ? before : weighted<RiskColor>([["green", 5], ["yellow", 4], ["red", 1]]);
        const kind = weighted<VisitKind>([["home", 50], ["phone", 35], ["activity", 5], ["centre", 10]]);
        const visitedAt = Math.min(at, nowMs - HOUR);
        w.insert("care_visits", { id: visitId, personId: top.id + 1, visitedAt, kind, visitorIds: st.carers, observations: pick(VISIT_OBSERVATIONS), needs: null, measures: "定期走访，保持联系。", colorBefore: before, colorAfter: after, referral: null, createdBy: st.carers[0], createdAt: visitedAt });
        if (after !== before) w.insert("care_risk_history", { personId: top.id + 1, fromColor: before, toColor: after, reason: "走访后调整", visitId, byUserId: st.carers[0], at: visitedAt });
        event({ at: visitedAt, actorId: st.carers[0], actorUsername: staffById.get(st.carers[0])!.username, action: "care.visit.create", entityType: "care_person", entityId: top.id + 1, ip: ip(), details: { visitId } });
        st.color = after;
        st.lastVisit = visitedAt;
        st.nextDue = i + cadence[after];
        revisit.push([st.nextDue, top.id]);
      }
      for (const [key, id] of revisit) careHeap.push(key, id);

      // Sign-ins and audited reads fill the day's share of the audit log.
      // The last weeks' share waits for the end: the coming weeks' bookings were made in them too.
      let filler = i <= T - AUDIT_LAG_DAYS ? auditTarget - auditEvents - auditFiller : 0;
      for (; filler > 0; filler--) fillerEvent(dayStart + int(8 * 60, 20 * 60) * MINUTE);
    }

    flushAudit(cal.dayStart(Math.min(i, T) - AUDIT_LAG_DAYS + 1));
    if (i % 60 === 59) {
      commit();
      log(`day ${i}/${lastDay} (${cal.date(i)}) ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }

  // The last weeks' sign-ins and reads: whatever the audit quota still lacks, spread over them.
  const tail = quotas(Math.max(0, N.audit - auditEvents - auditFiller), auditQuota.slice(T - AUDIT_LAG_DAYS + 1, T + 1));
  tail.forEach((n, k) => {
    const day = cal.dayStart(T - AUDIT_LAG_DAYS + 1 + k);
    for (let j = 0; j < n; j++) fillerEvent(Math.min(day + int(8 * 60, 20 * 60) * MINUTE, nowMs - MINUTE));
  });
  flushAudit(Number.MAX_SAFE_INTEGER);

  // Care persons' state after ten years of visits.
  const updatePerson = sqlite.prepare("UPDATE care_persons SET risk_color = ?, last_visit_at = ?, next_visit_due = ?, status = ?, exit_reason = ?, exited_on = ?, exited_at = ?, exited_by = ?, updated_at = ? WHERE id = ?");
  careState.forEach((st, p) => {
    if (!st.active) return;
    const exitDay = careExit[p];
    const exited = exitDay !== null;
    const exitAt = exited ? cal.dayStart(exitDay) + 10 * HOUR : null;
    updatePerson.run(st.color, st.lastVisit, exited ? null : cal.date(Math.min(st.nextDue, lastDay + 60)), exited ? "exited" : "active", exited ? "迁出本辖区" : null, exited ? cal.date(exitDay) : null, exitAt, exited ? st.carers[0] : null, exitAt ?? st.lastVisit ?? cal.dayStart(careReg[p]), p + 1);
  });

  sqlite.exec("COMMIT");
  const indexed = Date.now();
  for (const ix of indexes) sqlite.exec(ix.sql);
  log(`indexes rebuilt in ${((Date.now() - indexed) / 1000).toFixed(1)} s`);
  sqlite.pragma("cache_size = -2000");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("journal_mode = WAL");
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return {
    targets: N,
    rows: { ...w.counts },
    lastAuditHash: w.lastHash,
    firstDate,
    today,
    now: new Date(nowMs),
  };

  function fillerEvent(at: number): void {
    auditFiller++;
    const x = rand.next();
    if (x < 0.75) {
      const u = x < 0.72 ? pick(staff) : residentUsers[int(0, residentUsers.length - 1)];
      const failed = chance(0.03);
      audit.push({ at, actorId: failed ? null : u.id, actorUsername: u.username, action: "auth.sign_in", outcome: failed ? "failure" : "success", ip: ip(), details: failed ? { reason: "bad_password" } : { kind: chance(0.8) ? "web" : "api" } });
    } else if (x < 0.9 && appointmentId > 0) {
      audit.push({ at, actorId: admin.id, actorUsername: admin.username, action: "appointment.session_record_read", entityType: "appointment", entityId: int(1, appointmentId), ip: ip(), reason: "质量督导抽查" });
    } else if (callId > 0) {
      const h = pick(hotliners);
      audit.push({ at, actorId: h.id, actorUsername: h.username, action: "hotline.call.read", entityType: "hotline_call", entityId: int(1, callId), ip: ip() });
    } else {
      audit.push({ at, actorId: admin.id, actorUsername: admin.username, action: "stats.view", ip: ip() });
    }
  }
}
