import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { centreMonth } from "../stats/helpers";

// Statistics and exports: admin only, a 422 for a month that is not one, and a workbook that holds
// the same numbers as the JSON. Last month is used: the demo history fills it and no test writes there.

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

test.describe("statistics API", () => {
  test("an admin gets every area's figures for a month, consistent with themselves and last month's beside them", async ({ request }) => {
    const admin = await apiToken(request, "admin");
    const month = centreMonth(-1);
    const res = await request.get(`/api/v1/stats/monthly?month=${month}`, { headers: bearer(admin) });
    expect(res.status()).toBe(200);
    const s = await res.json();
    expect(s.period).toMatchObject({ kind: "month", code: month });
    expect(s.previous.period.code).toBe(centreMonth(-2));
    expect(Object.keys(s)).toEqual(expect.arrayContaining(["appointments", "hotline", "mediation", "care", "rooms", "activities"]));
    expect(s.appointments.total).toBeGreaterThan(0);
    expect(sum(s.appointments.byStatus)).toBe(s.appointments.total);
    expect(s.appointments.byService.reduce((n: number, x: { total: number }) => n + x.total, 0)).toBe(s.appointments.total);
    expect(s.appointments.noShowRate).toBeCloseTo(s.appointments.byStatus.no_show / (s.appointments.byStatus.completed + s.appointments.byStatus.checked_in + s.appointments.byStatus.no_show));
    expect(s.hotline.calls).toBeGreaterThan(0);
    expect(sum(s.hotline.byRisk)).toBe(s.hotline.calls);
    expect(s.mediation).toEqual(expect.objectContaining({ opened: expect.any(Number), closed: expect.any(Number) }));
    if (s.mediation.accepted > 0) expect(s.mediation.closureRate).toBeCloseTo(s.mediation.concluded / s.mediation.accepted);
    expect(s.care.visits).toBeGreaterThan(0);
    expect(s.rooms.rooms).toHaveLength(8);
    expect(s.activities.sessions).toBeGreaterThan(0);
    expect(s.previous.hotline.calls).toBeGreaterThan(0);
  });

  test("every other role and an anonymous caller are refused the statistics and the exports", async ({ request }) => {
    const month = centreMonth(-1);
    const paths = [`/api/v1/stats/monthly?month=${month}`, `/api/v1/exports/monthly.xlsx?month=${month}`, `/api/v1/exports/monthly.csv?month=${month}`];
    for (const user of ["counselor", "resident", "hotline", "mediator", "carer", "teacher"]) {
      const token = await apiToken(request, user);
      for (const p of paths) {
        const res = await request.get(p, { headers: bearer(token) });
        expect(res.status(), `${user} ${p}`).toBe(403);
        expect((await res.json()).error.code).toBe("forbidden");
      }
    }
    for (const p of paths) expect((await request.get(p)).status(), p).toBe(401);
  });

  test("a month that is not a month is a 422 with a Chinese message", async ({ request }) => {
    const admin = await apiToken(request, "admin");
    for (const q of ["month=2026-13", "month=2026-1", "month=2026-Q4", "month=abc", "", "month=2026-11&x=1"]) {
      for (const p of ["/api/v1/stats/monthly", "/api/v1/exports/monthly.xlsx"]) {
        const res = await request.get(`${p}?${q}`, { headers: bearer(admin) });
        expect(res.status(), `${p}?${q}`).toBe(422);
        const body = await res.json();
        expect(body.error.code).toBe("validation");
        expect(Object.values(body.error.fieldErrors ?? {}).flat().join("")).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test("the XLSX is a workbook with one sheet per area holding the JSON's numbers; the CSV is UTF-8 with a BOM", async ({ request }) => {
    const admin = await apiToken(request, "admin");
    const month = centreMonth(-1);
    const s = await (await request.get(`/api/v1/stats/monthly?month=${month}`, { headers: bearer(admin) })).json();
    const res = await request.get(`/api/v1/exports/monthly.xlsx?month=${month}`, { headers: bearer(admin) });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers()["content-disposition"]).toContain(`.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["概览", "预约咨询", "心理援助热线", "人民调解", "特殊人群关爱", "功能室使用", "团体活动"]);
    const beside = (sheet: string, text: string) => {
      let v: ExcelJS.CellValue = null;
      wb.getWorksheet(sheet)!.eachRow((row) => {
        if (row.getCell(1).value === text && v === null) v = row.getCell(2).value;
      });
      return v;
    };
    expect(beside("概览", "预约数")).toBe(s.appointments.total);
    expect(beside("预约咨询", "已完成")).toBe(s.appointments.byStatus.completed);
    expect(beside("心理援助热线", "热线来电")).toBe(s.hotline.calls);
    expect(beside("人民调解", "登记")).toBe(s.mediation.opened);
    expect(beside("人民调解", "本期结案")).toBe(s.mediation.closed);

    const csv = await request.get(`/api/v1/exports/monthly.csv?month=${month}`, { headers: bearer(admin) });
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain(`热线来电,${s.hotline.calls}`);
  });
});
