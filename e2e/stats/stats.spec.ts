import ExcelJS from "exceljs";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";
import { centreMonth, monthLabel } from "./helpers";

test("an admin opens the statistics, switches the period and downloads the workbook", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "统计报表" })).toBeVisible();
  await expect(page.getByRole("link", { name: "统计报表" }).first()).toHaveAttribute("href", "/stats");
  await expect(page.getByRole("heading", { name: `概览（${monthLabel(centreMonth(0))}）` })).toBeVisible();
  // Each chart has its numbers in a table beside it.
  await expect(page.getByRole("table", { name: "按结果（数据表）" })).toBeVisible();

  await page.getByRole("link", { name: "按季度" }).click();
  await expect(page).toHaveURL(/kind=quarter/);
  await expect(page.getByRole("heading", { name: /^概览（\d{4}年第[一二三四]季度）$/ })).toBeVisible();

  await page.getByRole("link", { name: "按月" }).click();
  const last = centreMonth(-1);
  await page.getByLabel("选择期间").selectOption(last);
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(new RegExp(`period=${last}`));
  await expect(page.getByRole("heading", { name: `概览（${monthLabel(last)}）` })).toBeVisible();
  const calls = await page.locator('[data-kpi="stats.kpi.calls"]').textContent();
  expect(Number(calls)).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${last}\\.xlsx$`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(7);
  let inSheet: ExcelJS.CellValue = null;
  wb.getWorksheet("心理援助热线")!.eachRow((row) => {
    if (row.getCell(1).value === "热线来电") inSheet = row.getCell(2).value;
  });
  expect(inSheet).toBe(Number(calls));

  // The printable report: the same tables on A4, outside the staff shell.
  await page.goto(`/stats/print?period=${last}`);
  await expect(page.getByRole("heading", { level: 1, name: `安康社区心理健康服务中心${monthLabel(last)}工作报告` })).toBeVisible();
  await expect(page.getByRole("table", { name: "回访" }).getByRole("row", { name: new RegExp(`^热线来电 ${calls}$`) })).toBeVisible();
});
