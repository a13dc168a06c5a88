import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { activities, activitySignups, appointments, auditLog, hotlineCalls } from "@/db/schema";
import { exportReport } from "./export-report";
import { getStats } from "./get-stats";
import { neutralise } from "./neutralise";
import { isRate, reportSheets } from "./report";
import { local, NOV, NOW, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;
const FORMULA = '=HYPERLINK("x")';

async function workbook(): Promise<ExcelJS.Workbook> {
  const file = await exportReport(w.ctx(w.admin), NOV, "xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
  return wb;
}

const exportsAudited = () => w.db.select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.action, "stats.export")).get()?.n ?? 0;

beforeAll(async () => {
  w = await statsWorld();
  const at = local("2026-11-05 14:00");
  const { id } = w.db
    .insert(activities)
    .values({ title: FORMULA, type: "lecture", roomId: w.room("sandplay"), startAt: at, endAt: new Date(at.getTime() + 3600_000), capacity: 8, signupDeadline: at, createdBy: w.teacher.userId, createdAt: at })
    .returning({ id: activities.id })
    .get();
  w.db.insert(activitySignups).values({ activityId: id, residentId: w.people[0], status: "attended", rating: 4, createdAt: at }).run();
  w.db.insert(activitySignups).values({ activityId: id, residentId: w.people[1], status: "absent", createdAt: at }).run();
  for (const [day, status] of [
    ["03", "completed"],
    ["04", "completed"],
    ["05", "no_show"],
  ] as const) {
    const s = local(`2026-11-${day} 10:00`);
    w.db
      .insert(appointments)
      .values({ residentId: w.people[2], serviceId: w.service("个体咨询"), counselorId: w.counselor.userId, startAt: s, endAt: new Date(s.getTime() + 3000_000), status, mode: "slot", createdBy: w.admin.userId, createdAt: s })
      .run();
  }
  const c = local("2026-11-06 09:00");
  w.db.insert(hotlineCalls).values({ status: "saved", startedAt: c, operatorId: w.hotline.userId, callerKind: "self", categories: ["emotion"], riskLevel: "low", createdAt: c, updatedAt: c }).run();
});

describe("monthly report export", () => {
  it("writes one sheet per area whose every cell holds the figures of the statistics", async () => {
    const wb = await workbook();
    const sheets = reportSheets(getStats(w.ctx(w.admin), NOV), NOW);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["概览", "预约咨询", "心理援助热线", "人民调解", "特殊人群关爱", "功能室使用", "团体活动"]);
    for (const s of sheets) {
      const ws = wb.getWorksheet(s.name)!;
      let r = 1;
      for (const table of s.tables) {
        expect(ws.getRow(r).getCell(1).value).toBe(neutralise(table.title));
        expect(ws.getRow(r + 1).values).toEqual([undefined, ...table.headers]);
        table.rows.forEach((cells, i) => {
          const row = ws.getRow(r + 2 + i);
          cells.forEach((c, j) => {
            const v = row.getCell(j + 1).value;
            if (isRate(c)) expect(v, `${s.name} ${table.title} ${i},${j}`).toBe(c.rate);
            else if (typeof c === "string") expect(v).toBe(neutralise(c));
            else expect(v, `${s.name} ${table.title} ${i},${j}`).toBe(c);
          });
        });
        r += 2 + table.rows.length + (table.note ? 1 : 0) + 1;
      }
    }
    // And by hand: 3 appointments, 1 no-show of 3 held; 1 call.
    const appts = wb.getWorksheet("预约咨询")!;
    const cellBeside = (ws: ExcelJS.Worksheet, text: string) => {
      let found: ExcelJS.CellValue = undefined;
      ws.eachRow((row) => {
        if (row.getCell(1).value === text && found === undefined) found = row.getCell(2).value;
      });
      return found;
    };
    expect(cellBeside(appts, "预约")).toBe(3);
    expect(cellBeside(appts, "已完成")).toBe(2);
    expect(cellBeside(appts, "爽约率")).toBeCloseTo(1 / 3);
    expect(cellBeside(wb.getWorksheet("心理援助热线")!, "热线来电")).toBe(1);
    expect(cellBeside(wb.getWorksheet("概览")!, "出席率")).toBe(0.5);
  });

  it("exports a formula typed into a record as text, never as a formula", async () => {
    const ws = (await workbook()).getWorksheet("团体活动")!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => String(cell.value).includes("HYPERLINK") && cells.push(cell)));
    expect(cells).toHaveLength(1);
    expect(cells[0].type).toBe(ExcelJS.ValueType.String);
    expect(cells[0].value).toBe(`'${FORMULA}`);
    expect(cells[0].formula).toBeUndefined();
  });

  it("writes the CSV in UTF-8 with a BOM, Chinese headers and the same neutralisation", async () => {
    const file = await exportReport(w.ctx(w.admin), NOV, "csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.body.slice(3));
    expect(text).toContain("服务项目,预约,已完成,未到场,已取消\r\n个体咨询,3,2,1,0");
    expect(text).toContain(`"'=HYPERLINK(""x"")",讲座,`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("neutralises every cell start a spreadsheet treats as a formula", () => {
    for (const s of ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ["张三", "1-2", "a=b", ""]) expect(neutralise(s)).toBe(s);
  });

  it("audits every export", async () => {
    const before = exportsAudited();
    await exportReport(w.ctx(w.admin), NOV, "xlsx");
    await exportReport(w.ctx(w.admin), NOV, "csv");
    expect(exportsAudited()).toBe(before + 2);
    const last = w.db.select({ actorId: auditLog.actorId, entityId: auditLog.entityId, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "stats.export")).all().at(-1);
    expect(last).toMatchObject({ actorId: w.admin.userId, entityId: "2026-11" });
    expect(JSON.parse(last!.details!)).toEqual({ format: "csv", period: "2026-11" });
  });
});
