import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/audit";
import { seedCare } from "./seed-care";
import { seedMediation } from "./seed-mediation";
import { seedHotline } from "./seed-hotline";
import { seedRooms } from "./seed-rooms";
import { seedActivities } from "./seed-activities";
import { seedAppointments } from "./seed-appointments";
import { seedHistory } from "./seed-history";
import { seedReferrals } from "./seed-referrals";
import { seedNotifications } from "./seed-notifications";
import type { Db } from "./client";
import { residents, rooms, staffProfiles, userRoles, users, type CounselorKind, type Role } from "./schema";
import { COUNSELOR_TITLES, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RESIDENTS, GIVEN_FEMALE, GIVEN_MALE, ROOMS, SPECIALTIES, SURNAMES, type DemoAccount } from "./seed-data";

/** A small deterministic PRNG (mulberry32): the same seed gives the same centre every time. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    sample: <T>(xs: readonly T[], n: number): T[] => {
      const copy = [...xs];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

export function chineseName(rand: ReturnType<typeof prng>, gender: "male" | "female", taken: Set<string>): string {
  for (;;) {
    const name = rand.pick(SURNAMES) + rand.pick(gender === "male" ? GIVEN_MALE : GIVEN_FEMALE);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function insertAccount(db: Db, a: DemoAccount & { residentId?: number }, passwordHash: string, now: Date): number {
  const existing = db.select({ id: users.id }).from(users).where(eq(users.username, a.username)).get();
  if (existing) return existing.id;
  const { id } = db
    .insert(users)
    .values({ username: a.username, name: a.name, phone: a.phone, passwordHash, residentId: a.residentId ?? null, createdAt: now })
    .returning({ id: users.id })
    .get();
  db.insert(userRoles).values(a.roles.map((role: Role) => ({ userId: id, role }))).run();
  if (!a.roles.includes("resident")) {
    db.insert(staffProfiles)
      .values({ userId: id, title: a.title ?? null, gender: a.gender, counselorKind: a.counselorKind ?? null, specialties: a.specialties ?? [], qualifications: a.qualifications ?? null, bio: a.bio ?? null })
      .run();
  }
  return id;
}

/** The staff of a living centre: ~30 counsellors of the three kinds and ~20 group teachers. */
export function generatedStaff(): DemoAccount[] {
  const rand = prng(20261130);
  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.name));
  const out: DemoAccount[] = [];
  const kinds: CounselorKind[] = [...Array(8).fill("expert"), ...Array(12).fill("volunteer"), ...Array(8).fill("guide")];
  kinds.forEach((kind, i) => {
    const gender = rand.next() < 0.6 ? "female" : "male";
    const name = chineseName(rand, gender, taken);
    const spec = rand.sample(SPECIALTIES, rand.int(2, 3));
    out.push({
      username: `zx${String(i + 1).padStart(2, "0")}`,
      name,
      gender,
      roles: i % 7 === 3 ? ["counselor", "hotline"] : ["counselor"],
      title: COUNSELOR_TITLES[kind].title,
      counselorKind: kind,
      specialties: spec,
      qualifications: rand.pick(COUNSELOR_TITLES[kind].qualifications),
      bio: `擅长${spec.join("、")}，${kind === "expert" ? "每周在中心坐诊" : kind === "volunteer" ? "利用业余时间参与志愿服务" : "扎根社区开展心理疏导"}。`,
      phone: `139039${String(31000 + i).padStart(5, "0")}`,
    });
  });
  for (let i = 0; i < 19; i++) {
    const gender = rand.next() < 0.7 ? "female" : "male";
    out.push({ username: `fd${String(i + 1).padStart(2, "0")}`, name: chineseName(rand, gender, taken), gender, roles: ["teacher"], title: "团体辅导老师", phone: `139039${String(32000 + i).padStart(5, "0")}` });
  }
  for (let i = 0; i < 3; i++) {
    const gender = rand.next() < 0.5 ? "female" : "male";
    out.push({ username: `tj${String(i + 1).padStart(2, "0")}`, name: chineseName(rand, gender, taken), gender, roles: ["mediator"], title: "人民调解员", phone: `139039${String(33000 + i).padStart(5, "0")}` });
  }
  for (let i = 0; i < 3; i++) {
    const gender = rand.next() < 0.5 ? "female" : "male";
    out.push({ username: `rx${String(i + 1).padStart(2, "0")}`, name: chineseName(rand, gender, taken), gender, roles: ["hotline"], title: "热线值守员", phone: `139039${String(34000 + i).padStart(5, "0")}` });
  }
  for (let i = 0; i < 5; i++) {
    const gender = rand.next() < 0.6 ? "female" : "male";
    out.push({ username: `gh${String(i + 1).padStart(2, "0")}`, name: chineseName(rand, gender, taken), gender, roles: ["carer"], title: i < 3 ? "网格员" : "社工", phone: `139039${String(35000 + i).padStart(5, "0")}` });
  }
  return out;
}

/** Residents in the register (一人一档) who have no account: the people the areas' records point at. */
export function generatedResidents(count: number) {
  const rand = prng(1130);
  const taken = new Set<string>(DEMO_RESIDENTS.map((r) => r.name));
  const communities = ["建设路社区", "胜利路社区", "京开道社区", "长庆社区", "新华社区", "绿城社区"];
  return Array.from({ length: count }, (_, i) => {
    const gender = rand.next() < 0.55 ? ("female" as const) : ("male" as const);
    const community = rand.pick(communities);
    return {
      name: chineseName(rand, gender, taken),
      gender,
      birthYear: rand.int(1940, 2012),
      phone: `138393${String(10000 + i).padStart(5, "0")}`,
      address: `濮上街道${community} ${rand.int(1, 30)} 号楼 ${rand.int(1, 4)} 单元 ${rand.int(1, 6)}0${rand.int(1, 4)}`,
      community,
    };
  });
}

/**
 * Demo data for a newcomer to see a living centre. Idempotent (existing rows are kept) and
 * deterministic. Every account has the password DEMO_PASSWORD.
 */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  // One hash for all demo accounts: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction(
    () => {
      for (const [i, r] of ROOMS.entries()) {
        db.insert(rooms).values({ ...r, openingHours: [...r.openingHours], sortOrder: i, createdAt: now }).onConflictDoNothing().run();
      }
      for (const a of [...DEMO_ACCOUNTS, ...generatedStaff()]) insertAccount(db, a, passwordHash, now);
      for (const r of DEMO_RESIDENTS) {
        const existing = db.select({ id: users.id }).from(users).where(eq(users.username, r.username)).get();
        if (existing) continue;
        const { id: residentId } = db
          .insert(residents)
          .values({ name: r.name, gender: r.gender, birthYear: r.birthYear, phone: r.phone, address: r.address, community: r.community, consentBasis: "consent", consentAt: now, consentVersion: "2026-01", createdAt: now })
          .returning({ id: residents.id })
          .get();
        insertAccount(db, { username: r.username, name: r.name, roles: ["resident"], gender: r.gender, phone: r.phone, residentId }, passwordHash, now);
      }
      const n = db.select({ n: sql<number>`count(*)` }).from(residents).get()?.n ?? 0;
      if (n <= DEMO_RESIDENTS.length) {
        const rows = generatedResidents(120).map((r) => ({ ...r, consentBasis: "consent" as const, consentAt: now, consentVersion: "2026-01", createdAt: now }));
        db.insert(residents).values(rows).run();
      }
      seedHotline(db, now);
      seedRooms(db, now);
      seedActivities(db, now);
      seedAppointments(db, now);
      seedCare(db, now);
      seedMediation(db, now);
      seedReferrals(db, now);
      seedHistory(db, now);
      seedNotifications(db, now);
      recordAudit(db, { action: "system.seed_demo", at: now, details: { rooms: ROOMS.length } });
    },
    { behavior: "immediate" },
  );
}
