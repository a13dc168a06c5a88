import { and, asc, eq, sql } from "drizzle-orm";
import { addLocalDays, startOfLocalDay } from "@/lib/time";
import type { Db } from "./client";
import {
  hotlineAlerts,
  hotlineCallbackAttempts,
  hotlineCalls,
  hotlineHandoverNotes,
  hotlineShifts,
  hotlineShiftStaff,
  residents,
  userRoles,
  users,
  type CallAction,
  type CallCategory,
  type CallerKind,
  type RiskLevel,
} from "./schema";
import { prng } from "./seed";

const HOUR = 3_600_000;
const MINUTE = 60_000;
// Three shifts a day, local time: 08–14, 14–20, 20–08 (next morning).
const SHIFT_STARTS = [8, 14, 20] as const;
const SHIFT_HOURS = [6, 6, 12] as const;

type Template = { summary: string; categories: CallCategory[]; risk: RiskLevel[] };

// Realistic but non-identifying: no names, places or numbers of real people.
const ROUTINE: Template[] = [
  { categories: ["emotion"], risk: ["low", "medium"], summary: "来电者近一个月情绪低落、入睡困难，对工作提不起兴趣。倾听、共情，介绍睡眠卫生与放松练习，建议到中心预约咨询。" },
  { categories: ["emotion", "work"], risk: ["none", "low"], summary: "来电者因琐事与同事争执后情绪激动，通话中逐渐平复。引导其识别情绪触发点，约定情绪再波动时可再来电。" },
  { categories: ["emotion", "health"], risk: ["low"], summary: "来电者自述长期焦虑、心慌，已在医院排除躯体疾病。讲解焦虑的常见表现，练习腹式呼吸，建议进行 GAD-7 自评。" },
  { categories: ["family"], risk: ["low", "medium"], summary: "来电者与子女因升学问题冲突不断，感到委屈和无助。协助梳理沟通方式，建议家庭共同参加亲子沟通团体活动。" },
  { categories: ["family", "health"], risk: ["low", "medium"], summary: "来电者照顾患病老人压力大，身心疲惫。肯定其付出，讨论可利用的社区照护资源与喘息服务。" },
  { categories: ["family"], risk: ["none", "low"], summary: "来电者反映家中长期争吵，担心孩子受影响。提供家庭沟通建议，告知中心可提供家庭咨询。" },
  { categories: ["relationship", "emotion"], risk: ["low", "medium"], summary: "来电者近期分手，反复回想、难以释怀。陪伴其表达哀伤情绪，讨论自我照顾的具体安排。" },
  { categories: ["relationship", "family"], risk: ["low"], summary: "来电者与配偶因经济问题矛盾加深，考虑离婚但犹豫。帮助澄清顾虑，告知可申请人民调解或婚姻家庭咨询。" },
  { categories: ["study"], risk: ["none", "low"], summary: "来电者为高三学生，考前紧张、注意力不集中。正常化考试焦虑，练习放松方法，鼓励与家长、老师沟通。" },
  { categories: ["study", "family"], risk: ["none", "low"], summary: "来电者为家长，孩子厌学、沉迷手机。讨论设定规则与陪伴的平衡，推荐青少年成长主题咨询。" },
  { categories: ["work", "emotion"], risk: ["medium"], summary: "来电者失业三个月，自责、觉得拖累家人。肯定求助行为，讨论求职资源与日常作息安排，评估无自伤想法。" },
  { categories: ["work", "health"], risk: ["none", "low"], summary: "来电者长期加班，出现头痛、易怒。讨论压力管理与边界设定，建议使用中心运动减压室。" },
  { categories: ["health", "emotion"], risk: ["low", "medium"], summary: "来电者确诊慢性病后情绪低落，担心拖累家庭。倾听与支持，鼓励按时就医并参加病友互助活动。" },
  { categories: ["health", "emotion"], risk: ["medium"], summary: "来电者产后睡眠差、常常想哭。介绍产后情绪变化，建议家人分担照护并到医院评估。" },
  { categories: ["other"], risk: ["none"], summary: "来电者咨询如何帮助情绪低落的朋友，提供陪伴方式与转介建议。" },
];

const HIGH: Template[] = [
  { categories: ["crisis", "emotion"], risk: ["high"], summary: "来电者近期多次出现轻生念头，但无具体计划。评估风险，共同制定安全计划，联系其家属陪伴，约定次日回访。" },
  { categories: ["crisis", "family"], risk: ["high"], summary: "来电者酒后情绪失控，言语中流露绝望。稳定情绪，确认其身边有家人陪伴，制定安全计划，安排回访。" },
  { categories: ["crisis", "study"], risk: ["high"], summary: "来电者为初中生家长，孩子在社交平台流露自伤想法。指导家长陪伴与移除危险物品，联系学校心理老师，安排回访。" },
];

const IMMINENT: Template = {
  categories: ["crisis", "emotion"],
  risk: ["imminent"],
  summary: "来电者称已准备药物、打算结束生命。保持通话，另一位值班员拨打 120 并联系其家属，确认救护人员到场后结束通话。",
};

const BRIEF: Record<Exclude<CallerKind, "self" | "other" | "anonymous">, { summary: string; categories: CallCategory[] }> = {
  silent: { summary: "接通后无声，持续约两分钟，温和告知热线随时可以拨打。", categories: [] },
  hangup: { summary: "", categories: [] },
  harassment: { summary: "来电者反复拨打并使用不当言语，按规范提醒后结束通话。", categories: [] },
  info: { summary: "咨询中心地址、开放时间与预约方式，已告知。", categories: ["other"] },
};

interface Shift {
  id: number;
  startAt: Date;
  endAt: Date;
  staff: number[];
}

/**
 * The hotline of a living centre around `now`: three shifts a day for the past and next two weeks
 * with two staff each (the demo `hotline` and `counselor` accounts on the shift running now), one
 * understaffed shift next week for the roster warning, handover notes, ~60 calls over the past month
 * across categories and risk levels (a few high, one imminent), call-backs due today and one
 * overdue. Deterministic for a given `now`; does nothing when a roster exists.
 */
export function seedHotline(db: Db, now: Date): void {
  const existing = db.select({ n: sql<number>`count(*)` }).from(hotlineShifts).get();
  if (existing && existing.n > 0) return;
  const rand = prng(5120);
  const staff = db
    .select({ id: users.id, username: users.username })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "hotline")))
    .where(eq(users.active, true))
    .orderBy(asc(users.username))
    .all();
  const byName = new Map(staff.map((s) => [s.username, s.id]));
  const hotline = byName.get("hotline");
  const counselor = byName.get("counselor");
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get()?.id;
  if (!hotline || !counselor || !admin || staff.length < 4) return;
  // The two demo accounts are kept for the shift running now; the others rotate.
  const rotation = staff.map((s) => s.id).filter((id) => id !== hotline && id !== counselor);

  const today = startOfLocalDay(now);
  const shifts: Shift[] = [];
  let k = 0;
  for (let d = -14; d <= 14; d++) {
    const day = addLocalDays(today, d);
    SHIFT_STARTS.forEach((h, s) => {
      const startAt = new Date(day.getTime() + h * HOUR);
      const endAt = new Date(startAt.getTime() + SHIFT_HOURS[s] * HOUR);
      let people: number[];
      if (startAt <= now && now < endAt) people = [hotline, counselor];
      else if (k % 5 === 0) people = [hotline, rotation[k % rotation.length]];
      else if (k % 5 === 2) people = [counselor, rotation[k % rotation.length]];
      else people = [rotation[(2 * k) % rotation.length], rotation[(2 * k + 1) % rotation.length]];
      // One shift next week is left with one person, so the roster shows its warning.
      if (d === 8 && s === 1) people = people.slice(0, 1);
      k++;
      shifts.push({ id: 0, startAt, endAt, staff: [...new Set(people)] });
    });
  }
  for (const s of shifts) {
    s.id = db.insert(hotlineShifts).values({ startAt: s.startAt, endAt: s.endAt, createdBy: admin, createdAt: addLocalDays(today, -21), updatedAt: addLocalDays(today, -21) }).returning({ id: hotlineShifts.id }).get().id;
    db.insert(hotlineShiftStaff).values(s.staff.map((userId) => ({ shiftId: s.id, userId }))).run();
  }

  const past = shifts.filter((s) => s.endAt <= now);
  const previous = past.at(-1);
  if (previous) {
    db.insert(hotlineHandoverNotes)
      .values([
        { shiftId: previous.id, authorId: previous.staff[0], text: "上一班有一位高风险来电者约定今天回访，详见待回访队列；来电者白天在家，家属已知情。", createdAt: new Date(previous.endAt.getTime() - 10 * MINUTE) },
        { shiftId: previous.id, authorId: previous.staff.at(-1)!, text: "夜间有两通沉默来电，号码相同，如再次来电请耐心等待并温和邀请对方开口。", createdAt: new Date(previous.endAt.getTime() - 5 * MINUTE) },
      ])
      .run();
  }
  for (const s of past.slice(-12, -1).filter((_, i) => i % 3 === 0)) {
    db.insert(hotlineHandoverNotes).values({ shiftId: s.id, authorId: s.staff[0], text: "本班来电均已记录，无遗留事项。", createdAt: new Date(s.endAt.getTime() - 5 * MINUTE) }).run();
  }

  // Callers known to the register: a few residents call more than once (repeat callers).
  const known = db.select({ id: residents.id, phone: residents.phone }).from(residents).orderBy(asc(residents.id)).limit(40).all().slice(10, 40);
  const repeaters = known.slice(0, 3);

  const inLastMonth = past.filter((s) => s.startAt >= addLocalDays(today, -30));
  const callAt = (shift: Shift) => {
    const span = Math.min(shift.endAt.getTime(), now.getTime()) - shift.startAt.getTime();
    return new Date(shift.startAt.getTime() + Math.floor(rand.next() * Math.max(span - 40 * MINUTE, MINUTE)));
  };
  const shiftAt = (t: Date) => shifts.find((s) => s.startAt <= t && t < s.endAt) ?? past.at(-1)!;

  interface CallSeed {
    startedAt: Date;
    operatorId: number;
    callerKind: CallerKind;
    categories: CallCategory[];
    summary: string;
    riskLevel: RiskLevel;
    actions: CallAction[];
    followUpAt: Date | null;
    followUpDoneAt: Date | null;
    residentId: number | null;
    callerPhone: string | null;
    attempts: { at: Date; outcome: "done" | "no_answer" | "rescheduled"; by: number; note: string | null; rescheduledTo?: Date }[];
  }
  const calls: CallSeed[] = [];
  const kinds: CallerKind[] = ["self", "self", "self", "self", "self", "self", "self", "other", "other", "anonymous", "anonymous", "silent", "hangup", "harassment", "info"];

  for (let i = 0; i < 52; i++) {
    const shift = inLastMonth[Math.floor(rand.next() * inLastMonth.length)];
    const startedAt = callAt(shift);
    const kind = rand.pick(kinds);
    const operatorId = rand.pick(shift.staff);
    if (kind === "silent" || kind === "hangup" || kind === "harassment" || kind === "info") {
      const b = BRIEF[kind];
      calls.push({ startedAt, operatorId, callerKind: kind, categories: b.categories, summary: b.summary, riskLevel: "none", actions: [], followUpAt: null, followUpDoneAt: null, residentId: null, callerPhone: kind === "hangup" ? null : `1500393${String(rand.int(0, 9999)).padStart(4, "0")}`, attempts: [] });
      continue;
    }
    const tpl = ROUTINE[i % ROUTINE.length];
    const riskLevel = rand.pick(tpl.risk);
    const resident = kind === "self" && i % 4 === 0 ? repeaters[i % repeaters.length] : kind === "self" && i % 7 === 1 ? rand.pick(known) : null;
    const followUpAt = riskLevel === "medium" ? new Date(startedAt.getTime() + 24 * HOUR) : null;
    // Past call-backs were all made (the one overdue call-back below is the exception).
    const done = followUpAt && followUpAt < now ? new Date(followUpAt.getTime() + Math.min(rand.int(5, 90) * MINUTE, (now.getTime() - followUpAt.getTime()) / 2)) : null;
    calls.push({
      startedAt,
      operatorId,
      callerKind: kind,
      categories: tpl.categories,
      summary: tpl.summary,
      riskLevel,
      actions: riskLevel === "medium" && rand.next() < 0.5 ? ["referred_appointment"] : [],
      followUpAt,
      followUpDoneAt: done,
      residentId: resident?.id ?? null,
      callerPhone: resident?.phone ?? (kind === "anonymous" ? null : `1370393${String(rand.int(0, 9999)).padStart(4, "0")}`),
      attempts: done ? [{ at: done, outcome: "done", by: operatorId, note: "回访时来电者情绪平稳，已按约定到中心咨询。" }] : [],
    });
  }

  // A caller known only by number who rang three times this month.
  for (const daysAgo of [26, 12, 3]) {
    const startedAt = callAt(shiftAt(new Date(today.getTime() - daysAgo * 24 * HOUR + 22 * HOUR)));
    calls.push({ startedAt, operatorId: shiftAt(startedAt).staff[0], callerKind: "anonymous", categories: ["emotion"], summary: "来电者夜间独自在家感到孤独、心慌，希望有人说说话。陪伴倾诉，讨论白天可参加的社区活动。", riskLevel: "low", actions: [], followUpAt: null, followUpDoneAt: null, residentId: null, callerPhone: "13603930777", attempts: [] });
  }

  const highCall = (daysAgo: number, tpl: Template, resident: { id: number; phone: string | null } | null) => {
    const shift = shiftAt(new Date(now.getTime() - daysAgo * 24 * HOUR));
    const startedAt = callAt(shift);
    return { shift, startedAt, seed: { startedAt, operatorId: shift.staff[0], callerKind: "self" as const, categories: tpl.categories, summary: tpl.summary, riskLevel: tpl.risk[0], residentId: resident?.id ?? null, callerPhone: resident?.phone ?? null } };
  };

  // High risk, call-back done long ago (a repeat caller).
  {
    const { startedAt, seed } = highCall(20, HIGH[0], repeaters[0] ?? null);
    const followUpAt = new Date(startedAt.getTime() + 20 * HOUR);
    calls.push({ ...seed, actions: ["safety_plan", "guardian_contacted"], followUpAt, followUpDoneAt: new Date(followUpAt.getTime() + 15 * MINUTE), attempts: [{ at: new Date(followUpAt.getTime() + 15 * MINUTE), outcome: "done", by: seed.operatorId, note: "家属全程陪伴，来电者同意预约咨询。" }] });
  }
  // High risk, first attempt unanswered, rescheduled, then done.
  {
    const { startedAt, seed } = highCall(9, HIGH[1], null);
    const first = new Date(startedAt.getTime() + 18 * HOUR);
    const second = new Date(first.getTime() + 4 * HOUR);
    calls.push({
      ...seed,
      callerPhone: "13703930412",
      actions: ["safety_plan", "guardian_contacted", "referred_appointment"],
      followUpAt: second,
      followUpDoneAt: new Date(second.getTime() + 10 * MINUTE),
      attempts: [
        { at: first, outcome: "no_answer", by: seed.operatorId, note: null },
        { at: new Date(first.getTime() + 5 * MINUTE), outcome: "rescheduled", by: seed.operatorId, note: "家属回电，约下午再联系。", rescheduledTo: second },
        { at: new Date(second.getTime() + 10 * MINUTE), outcome: "done", by: seed.operatorId, note: "来电者已平稳，家属陪同。" },
      ],
    });
  }
  // High risk, overdue: the call-back time has passed and nobody reached the caller yet.
  {
    const { seed } = highCall(2, HIGH[2], null);
    const followUpAt = new Date(now.getTime() - 3 * HOUR);
    calls.push({ ...seed, callerPhone: "13803930958", actions: ["safety_plan", "guardian_contacted"], followUpAt, followUpDoneAt: null, attempts: [{ at: followUpAt, outcome: "no_answer", by: seed.operatorId, note: null }] });
  }
  // High risk from yesterday, call-back due later today.
  {
    const { seed } = highCall(1, HIGH[0], repeaters[1] ?? null);
    calls.push({ ...seed, actions: ["safety_plan"], followUpAt: dueToday(now, 60), followUpDoneAt: null, attempts: [] });
  }
  // The imminent call three days ago: escalated, alerts sent, followed up.
  {
    const { startedAt, seed } = highCall(3, IMMINENT, null);
    const followUpAt = new Date(startedAt.getTime() + 16 * HOUR);
    calls.push({ ...seed, callerPhone: "13903930236", actions: ["emergency_120", "guardian_contacted", "safety_plan"], followUpAt, followUpDoneAt: new Date(followUpAt.getTime() + 20 * MINUTE), attempts: [{ at: new Date(followUpAt.getTime() + 20 * MINUTE), outcome: "done", by: seed.operatorId, note: "已出院回家，家属陪护，约定一周后再次回访。" }] });
  }
  // Two medium-risk call-backs due later today.
  for (const [daysAgo, minutes, t] of [[1, 25, ROUTINE[10]], [2, 150, ROUTINE[13]]] as const) {
    const { seed } = highCall(daysAgo, { ...t, risk: ["medium"] }, null);
    calls.push({ ...seed, callerPhone: `1370393${String(5000 + minutes).padStart(4, "0")}`, actions: [], followUpAt: dueToday(now, minutes), followUpDoneAt: null, attempts: [] });
  }

  calls.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  for (const c of calls) {
    const endedAt = c.callerKind === "hangup" ? new Date(c.startedAt.getTime() + 20_000) : new Date(c.startedAt.getTime() + rand.int(3, 45) * MINUTE);
    const { attempts, ...row } = c;
    const id = db
      .insert(hotlineCalls)
      .values({ ...row, endedAt, status: "saved", clientKey: null, createdAt: endedAt, updatedAt: attempts.at(-1)?.at ?? endedAt })
      .returning({ id: hotlineCalls.id })
      .get().id;
    for (const a of attempts) db.insert(hotlineCallbackAttempts).values({ callId: id, at: a.at, byUserId: a.by, outcome: a.outcome, note: a.note, rescheduledTo: a.rescheduledTo ?? null }).run();
    if (c.riskLevel === "imminent") {
      const partner = shiftAt(c.startedAt).staff.find((p) => p !== c.operatorId);
      for (const recipientId of [...new Set([admin, ...(partner ? [partner] : [])])]) {
        db.insert(hotlineAlerts).values({ callId: id, recipientId, raisedBy: c.operatorId, createdAt: endedAt, readAt: new Date(endedAt.getTime() + 5 * MINUTE) }).run();
      }
    }
  }
}

/** A time `minutes` from now, kept inside today (local) when possible. */
function dueToday(now: Date, minutes: number): Date {
  const endOfDay = addLocalDays(startOfLocalDay(now), 1).getTime() - MINUTE;
  return new Date(Math.max(now.getTime() + MINUTE, Math.min(now.getTime() + minutes * MINUTE, endOfDay)));
}
