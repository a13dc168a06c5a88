import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { computeNextVisitDue, DEFAULT_CADENCE, addDaysToLocalDate } from "@/lib/care/schedule";
import { parseLocalDateTime, toLocalDate } from "@/lib/time";
import type { Db } from "./client";
import {
  careActivities,
  careAssignments,
  careMemberships,
  carePersons,
  careRiskHistory,
  careVisits,
  residents,
  userRoles,
  users,
  type CareDetails,
  type CareGroup,
  type LeftBehindKind,
  type RiskColor,
  type VisitKind,
  type VisitObservations,
} from "./schema";
import { chineseName, prng } from "./seed";

type Rand = ReturnType<typeof prng>;

interface Plan {
  group: CareGroup;
  kind?: LeftBehindKind;
  /** Colour when taken into care → colour now (a change happened at a visit in between). */
  from: RiskColor;
  to: RiskColor;
  /** Days the next visit is late today (>0), or days until it is due (<=0); null: never visited. */
  late: number | null;
  also?: { group: CareGroup; kind?: LeftBehindKind };
  exited?: boolean;
}

// 40 persons: all four groups in all three colours; some overdue, some due this week, some later.
const PLANS: Plan[] = [
  { group: "corrections", from: "red", to: "red", late: 9 },
  { group: "corrections", from: "yellow", to: "red", late: 2 },
  { group: "corrections", from: "red", to: "yellow", late: -3 },
  { group: "corrections", from: "yellow", to: "yellow", late: 0 },
  { group: "corrections", from: "yellow", to: "green", late: -12 },
  { group: "corrections", from: "green", to: "green", late: -20 },
  { group: "corrections", from: "red", to: "red", late: null },
  { group: "corrections", from: "yellow", to: "yellow", late: 4 },
  { group: "corrections", from: "green", to: "green", late: -2, exited: true },
  { group: "bereaved", from: "red", to: "red", late: 3 },
  { group: "bereaved", from: "red", to: "yellow", late: -1 },
  { group: "bereaved", from: "yellow", to: "yellow", late: 12 },
  { group: "bereaved", from: "yellow", to: "green", late: -18 },
  { group: "bereaved", from: "green", to: "green", late: -6 },
  { group: "bereaved", from: "green", to: "yellow", late: -4 },
  { group: "bereaved", from: "yellow", to: "red", late: 1 },
  { group: "bereaved", from: "green", to: "green", late: -25, also: { group: "left_behind", kind: "elderly" } },
  { group: "bereaved", from: "yellow", to: "yellow", late: -9 },
  { group: "bereaved", from: "green", to: "green", late: 6 },
  { group: "bereaved", from: "yellow", to: "yellow", late: -5 },
  { group: "petitioner", from: "red", to: "red", late: -2 },
  { group: "petitioner", from: "red", to: "yellow", late: 5 },
  { group: "petitioner", from: "yellow", to: "yellow", late: -6 },
  { group: "petitioner", from: "yellow", to: "red", late: 0 },
  { group: "petitioner", from: "green", to: "green", late: -15 },
  { group: "petitioner", from: "yellow", to: "green", late: -27 },
  { group: "petitioner", from: "green", to: "green", late: 2 },
  { group: "petitioner", from: "yellow", to: "yellow", late: -10 },
  { group: "left_behind", kind: "elderly", from: "yellow", to: "red", late: 4 },
  { group: "left_behind", kind: "elderly", from: "green", to: "green", late: -1 },
  { group: "left_behind", kind: "elderly", from: "yellow", to: "yellow", late: -8 },
  { group: "left_behind", kind: "elderly", from: "green", to: "yellow", late: 7 },
  { group: "left_behind", kind: "elderly", from: "green", to: "green", late: null },
  { group: "left_behind", kind: "children", from: "red", to: "yellow", late: -4 },
  { group: "left_behind", kind: "children", from: "yellow", to: "yellow", late: 3 },
  { group: "left_behind", kind: "children", from: "green", to: "green", late: -14 },
  { group: "left_behind", kind: "children", from: "yellow", to: "red", late: -5 },
  { group: "left_behind", kind: "women", from: "yellow", to: "green", late: -21 },
  { group: "left_behind", kind: "women", from: "red", to: "red", late: -6, also: { group: "petitioner" } },
  { group: "left_behind", kind: "women", from: "green", to: "green", late: 15 },
];

const OFFICES = ["濮上司法所", "胜利路司法所", "京开道司法所"];
const CORRECTION_KINDS = ["缓刑，每月到司法所报到一次", "假释，按要求参加公益活动和教育学习", "管制，定期电话报告活动情况", "暂予监外执行（保外就医），每季度提交病情复查材料"];
const BEREAVED = [
  "独子 {year} 年因车祸去世，老两口同住，老伴患糖尿病。",
  "独生女 {year} 年病故，本人丧偶后独居，与外甥偶有往来。",
  "独子 {year} 年意外去世，夫妻二人靠退休金生活，女方长期失眠。",
  "独生女 {year} 年因病去世，夫妻均已退休，不愿与外人多谈及孩子。",
];
const MATTERS: [string, string][] = [
  ["老城区改造拆迁安置补偿标准争议", "区住房和城乡建设局"],
  ["原单位拖欠工资及社保补缴问题", "区人力资源和社会保障局"],
  ["宅基地边界与邻居长期纠纷", "濮上街道办事处"],
  ["家属在医院治疗后死亡，对医疗鉴定结论不服", "区卫生健康委员会"],
  ["小区物业维修基金使用不公开", "区住房和城乡建设局"],
  ["征地补偿款分配争议", "濮上街道办事处"],
];
const RELATIONS: Record<LeftBehindKind, string[]> = {
  elderly: ["儿子（在外务工）", "女儿（在外地工作）", "儿媳（在外务工）"],
  children: ["母亲（在外务工）", "父亲（在外务工）", "祖母（监护人）"],
  women: ["丈夫（在外务工）", "丈夫（在外地工作）"],
};

const OBS: Record<CareGroup, VisitObservations[]> = {
  corrections: [
    { family: "与母亲同住，家庭关系尚可。", mental: "情绪平稳，对按期报到配合。", economic: "在物流公司打零工，收入不稳定。" },
    { family: "妻子对其态度冷淡，夫妻交流少。", mental: "自述压力大，担心找不到稳定工作，睡眠差。", health: "身体状况一般。" },
    { mental: "能主动谈及今后打算，情绪较前好转。", economic: "已在社区推荐的超市上班。" },
  ],
  bereaved: [
    { family: "老两口相互照顾，逢年过节情绪低落。", health: "老伴血糖控制一般，按时服药。", mental: "谈及孩子时流泪，哀伤反应仍明显。" },
    { family: "独居，邻里关系较好。", mental: "近期失眠加重，常整夜想念孩子。", economic: "退休金可维持基本生活。" },
    { mental: "愿意参加社区老年合唱团，心情有所好转。", health: "血压偏高，已提醒复查。" },
  ],
  petitioner: [
    { family: "家人支持其维权，但担心影响生活。", mental: "对处理结果不满，言语激动，但无过激想法。" },
    { mental: "情绪较上次平稳，愿意等待复核结果。", economic: "家庭收入主要靠配偶。" },
    { mental: "反复陈述诉求，对相关部门信任度低。", family: "与子女因此事有争吵。" },
  ],
  left_behind: [
    { family: "子女在外务工，每周通一次电话。", health: "腿脚不便，行动较慢。", mental: "独处时间长，感到孤单。" },
    { family: "由祖母照看，作业无人辅导。", mental: "性格内向，说话少，在校表现一般。", health: "身体健康。" },
    { family: "丈夫外出务工，独自照顾老人和孩子。", mental: "感到疲惫，偶有烦躁。", economic: "家中开支紧张。" },
  ],
};
const NEEDS = ["希望帮助联系家政或助餐服务。", "希望有人定期上门聊聊天。", "希望了解就业培训信息。", "希望孩子能参加课后托管。", "希望协调相关部门尽快答复。", ""];
const MEASURES = ["倾听陪伴，讲解情绪调节方法，约定下次走访时间。", "为其联系社区助餐点，留下走访员电话。", "介绍中心心理咨询服务，建议预约咨询。", "邀请参加中心团体活动，与社区网格员沟通情况。", "告知救助政策，协助填写申请材料。"];
const COLOR_REASONS: Record<string, string> = {
  "red>yellow": "连续几次走访情绪稳定，家属陪伴到位。",
  "yellow>green": "生活逐步稳定，主动与走访员联系。",
  "red>green": "风险因素已消除，生活恢复正常。",
  "yellow>red": "近期情绪波动明显，流露消极想法，需加密走访。",
  "green>yellow": "家中出现变故，情绪低落。",
  "green>red": "突发家庭变故，情绪极不稳定。",
};

function visitAt(rand: Rand, localDay: string): Date {
  const hour = rand.int(9, 16);
  const minute = rand.pick([0, 10, 20, 30, 40, 50]);
  return parseLocalDateTime(`${localDay}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`)!;
}

function detailsFor(rand: Rand, group: CareGroup, kind: LeftBehindKind | undefined, registeredOn: string, taken: Set<string>): CareDetails {
  switch (group) {
    case "corrections": {
      const start = addDaysToLocalDate(registeredOn, -rand.int(0, 20));
      return { termStart: start, termEnd: addDaysToLocalDate(start, rand.pick([365, 540, 730, 1095])), supervisingOffice: rand.pick(OFFICES), notes: rand.pick(CORRECTION_KINDS) };
    }
    case "bereaved": {
      const year = rand.int(2008, 2024);
      return { familySituation: rand.pick(BEREAVED).replace("{year}", String(year)), lossYear: year };
    }
    case "petitioner": {
      const [matter, unit] = rand.pick(MATTERS);
      return { matter, since: addDaysToLocalDate(registeredOn, -rand.int(60, 700)), responsibleUnit: unit };
    }
    case "left_behind": {
      const k = kind ?? "elderly";
      return {
        contactName: chineseName(rand, rand.next() < 0.5 ? "male" : "female", taken),
        contactRelation: rand.pick(RELATIONS[k]),
        contactPhone: `1390393${String(rand.int(1000, 9999))}`,
      };
    }
  }
}

function fits(group: CareGroup, kind: LeftBehindKind | undefined, r: { gender: string | null; birthYear: number | null }, year: number): boolean {
  const age = year - (r.birthYear ?? 1970);
  if (group === "left_behind" && kind === "children") return age >= 6 && age <= 16;
  if (group === "left_behind" && kind === "elderly") return age >= 65;
  if (group === "left_behind" && kind === "women") return r.gender === "female" && age >= 25 && age <= 55;
  if (group === "bereaved") return age >= 52;
  return age >= 20 && age <= 70;
}

/**
 * Special-group demo data: 40 persons from the resident register across the four groups and three
 * colours, assigned to the demo `carer` (most of them) and the generated gh01–gh05, with colour
 * histories, months of visits, a group activity, one person who left care, and due dates spread so
 * that some are overdue and some due this week. Deterministic; skipped when care data exists.
 */
export function seedCare(db: Db, now: Date): void {
  const run = () => {
    if (db.select({ n: sql<number>`count(*)` }).from(carePersons).get()!.n > 0) return;
    const rand = prng(7_0707);
    const today = toLocalDate(now);
    const year = Number(today.slice(0, 4));

    const carerRows = db
      .select({ id: users.id, username: users.username })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "carer")))
      .where(eq(users.active, true))
      .orderBy(asc(users.username))
      .all();
    const demoCarer = carerRows.find((c) => c.username === "carer");
    const others = carerRows.filter((c) => c.username !== "carer");
    const admin = db.select({ id: users.id }).from(users).innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "admin"))).orderBy(asc(users.id)).get();
    if (!demoCarer || !admin) return;

    // Residents without an account: the people the areas' records point at.
    const pool = db
      .select({ id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear })
      .from(residents)
      .leftJoin(users, eq(users.residentId, residents.id))
      .where(isNull(users.id))
      .orderBy(asc(residents.id))
      .all();
    const used = new Set<number>();
    const taken = new Set<string>(pool.map((r) => r.name));

    let activityId: number | null = null;
    const activityDay = addDaysToLocalDate(today, -60);

    PLANS.forEach((plan, i) => {
      const resident = pool.find((r) => !used.has(r.id) && fits(plan.group, plan.kind, r, year)) ?? pool.find((r) => !used.has(r.id));
      if (!resident) return;
      used.add(resident.id);

      // Most persons are the demo carer's; every fourth one belongs to a generated carer, some shared.
      const carers = i % 4 === 3 && others.length ? [others[i % others.length].id] : i % 5 === 0 && others.length ? [demoCarer.id, others[(i + 1) % others.length].id] : [demoCarer.id];
      const cadenceNow = DEFAULT_CADENCE[plan.to];
      const registeredOn = addDaysToLocalDate(today, plan.late === null ? -rand.int(1, 3) : -rand.int(75, 200));
      const registeredAt = visitAt(rand, registeredOn);
      const createdBy = i % 6 === 0 ? admin.id : carers[0];

      const { id } = db
        .insert(carePersons)
        .values({ residentId: resident.id, status: "active", riskColor: plan.from, registeredOn, createdAt: registeredAt, createdBy, updatedAt: registeredAt })
        .returning({ id: carePersons.id })
        .get();
      const groups = [{ group: plan.group, kind: plan.kind }, ...(plan.also ? [plan.also] : [])];
      for (const g of groups) {
        db.insert(careMemberships)
          .values({
            personId: id,
            group: g.group,
            leftBehindKind: g.group === "left_behind" ? (g.kind ?? "elderly") : null,
            details: detailsFor(rand, g.group, g.kind, registeredOn, taken),
            legalBasis: g.group === "corrections" ? "legal_duty" : "consent",
            consentNote: g.group === "corrections" ? null : g.kind === "children" ? "监护人签署书面同意书" : "本人签署书面同意书",
            basisRecordedAt: registeredAt,
            basisRecordedBy: createdBy,
            createdAt: registeredAt,
            updatedAt: registeredAt,
          })
          .run();
      }
      for (const carerId of carers) db.insert(careAssignments).values({ personId: id, carerId, assignedAt: registeredAt, assignedBy: createdBy }).run();
      db.insert(careRiskHistory).values({ personId: id, fromColor: null, toColor: plan.from, reason: null, byUserId: createdBy, at: registeredAt }).run();

      // Visits, walking back from the last one: its date puts the next due date where the plan wants it.
      const visitDays: string[] = [];
      if (plan.late !== null) {
        let day = addDaysToLocalDate(today, -plan.late - cadenceNow);
        while (day > registeredOn && visitDays.length < 12) {
          visitDays.unshift(day);
          day = addDaysToLocalDate(day, -(DEFAULT_CADENCE[visitDays.length > 2 ? plan.from : plan.to] + rand.int(-2, 3)));
        }
      }
      const changeAt = plan.from !== plan.to && visitDays.length ? Math.max(0, visitDays.length - 1 - rand.int(1, 2)) : -1;
      let color: RiskColor = plan.from;
      visitDays.forEach((day, n) => {
        const before = color;
        const after = n === changeAt ? plan.to : color;
        const kind: VisitKind = rand.pick(["home", "home", "home", "phone", "centre"]);
        const at = visitAt(rand, day);
        const visit = db
          .insert(careVisits)
          .values({
            personId: id,
            visitedAt: at,
            kind,
            visitorIds: carers,
            observations: rand.pick(OBS[plan.group]),
            needs: rand.pick(NEEDS) || null,
            measures: rand.pick(MEASURES),
            colorBefore: before,
            colorAfter: after,
            referral: n === changeAt && after === "red" ? "appointment" : null,
            referralNote: n === changeAt && after === "red" ? "建议心理咨询师介入评估。" : null,
            createdBy: carers[0],
            createdAt: at,
          })
          .returning({ id: careVisits.id })
          .get();
        if (after !== before) {
          db.insert(careRiskHistory).values({ personId: id, fromColor: before, toColor: after, reason: COLOR_REASONS[`${before}>${after}`] ?? null, visitId: visit.id, byUserId: carers[0], at }).run();
          color = after;
        }
      });
      if (color !== plan.to) {
        // Too short a history for a visit to carry the change: graded by hand, with a reason.
        const at = visitAt(rand, addDaysToLocalDate(registeredOn, 1) < today ? addDaysToLocalDate(registeredOn, 1) : registeredOn);
        db.insert(careRiskHistory).values({ personId: id, fromColor: color, toColor: plan.to, reason: COLOR_REASONS[`${color}>${plan.to}`] ?? "复核后调整", byUserId: carers[0], at }).run();
        color = plan.to;
      }

      // The holiday visit to bereaved families, two months ago: one activity visit each.
      if (plan.group === "bereaved" && registeredOn < activityDay) {
        const heldAt = parseLocalDateTime(`${activityDay}T09:30`)!;
        activityId ??= db
          .insert(careActivities)
          .values({ title: "节日慰问失独家庭", heldAt, location: "濮上街道社区活动中心", summary: "中心与街道共同组织，送上慰问品，开展团体哀伤支持与茶话会。", createdBy: demoCarer.id, createdAt: heldAt })
          .returning({ id: careActivities.id })
          .get().id;
        const then = changeAt >= 0 && visitDays[changeAt] < activityDay ? plan.to : plan.from;
        db.insert(careVisits).values({ personId: id, visitedAt: heldAt, kind: "activity", visitorIds: [demoCarer.id], observations: {}, colorBefore: then, colorAfter: then, activityId, createdBy: demoCarer.id, createdAt: heldAt }).run();
      }

      const last = db.select({ at: sql<number | null>`max(${careVisits.visitedAt})` }).from(careVisits).where(eq(careVisits.personId, id)).get()?.at ?? null;
      const lastVisitAt = last == null ? null : new Date(last);
      const status = plan.exited ? ("exited" as const) : ("active" as const);
      const nextVisitDue = computeNextVisitDue({ status, riskColor: color, registeredOn, lastVisitAt }, DEFAULT_CADENCE);
      db.update(carePersons)
        .set({
          status,
          riskColor: color,
          lastVisitAt,
          nextVisitDue,
          ...(plan.exited ? { exitReason: "社区矫正期满，依法解除矫正", exitedOn: addDaysToLocalDate(today, -10), exitedAt: now, exitedBy: carers[0] } : {}),
        })
        .where(eq(carePersons.id, id))
        .run();
      if (plan.exited) db.update(careMemberships).set({ endedAt: now, endReason: "社区矫正期满，依法解除矫正" }).where(inArray(careMemberships.personId, [id])).run();
    });
  };
  if (db.$client.inTransaction) run();
  else db.transaction(run, { behavior: "immediate" });
}
