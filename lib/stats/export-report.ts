import ExcelJS from "exceljs";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditExport, type ExportFormat } from "./audit-export";
import { getStats } from "./get-stats";
import { neutralise } from "./neutralise";
import type { Period } from "./period";
import { canExportStats } from "./policy";
import { formatCell, isRate, reportSheets, type Cell, type Sheet } from "./report";

export type { ExportFormat };

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

function sheetsFor(ctx: Ctx, period: Period): Sheet[] {
  if (!canExportStats(ctx.actor)) throw forbidden();
  return reportSheets(getStats(ctx, period), ctx.now);
}

/** XLSX value of a cell: numbers stay numbers, rates are numbers shown as %, text is neutralised. */
function xlsxValue(c: Cell): string | number | null {
  if (c === null) return null;
  if (isRate(c)) return c.rate;
  return typeof c === "number" ? c : neutralise(c);
}

export async function buildWorkbook(sheets: Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "安康";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const widest: number[] = [];
    for (const table of s.tables) {
      const title = ws.addRow([neutralise(table.title)]);
      title.font = { bold: true, size: 13 };
      const head = ws.addRow(table.headers.map(neutralise));
      head.font = { bold: true };
      head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF0FDFA" } };
      for (const cells of table.rows) {
        const row = ws.addRow(cells.map(xlsxValue));
        cells.forEach((c, i) => {
          if (isRate(c)) row.getCell(i + 1).numFmt = "0.0%";
        });
      }
      if (table.note) ws.addRow([neutralise(table.note)]).font = { italic: true, color: { argb: "FF57534E" } };
      ws.addRow([]);
      table.headers.forEach((h, i) => (widest[i] = Math.max(widest[i] ?? 8, h.length * 2 + 4, ...table.rows.map((r) => formatCell(r[i] ?? null).length * 2 + 2))));
    }
    widest.forEach((w, i) => (ws.getColumn(i + 1).width = Math.min(w, 48)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines, every area one after another. */
export function buildCsv(sheets: Sheet[]): Uint8Array {
  const lines: string[] = [];
  const row = (cells: Cell[]) => lines.push(cells.map((c) => csvField(c === null ? "" : typeof c === "string" ? neutralise(c) : formatCell(c))).join(","));
  for (const s of sheets) {
    for (const table of s.tables) {
      row([`【${s.name}】${table.title}`]);
      row(table.headers);
      for (const cells of table.rows) row(cells);
      if (table.note) row([table.note]);
      lines.push("");
    }
  }
  return new TextEncoder().encode("\uFEFF" + lines.join("\r\n"));
}

/** The report of a period as a file, for an admin; every export is audited. */
export async function exportReport(ctx: Ctx, period: Period, format: ExportFormat): Promise<ExportFile> {
  const sheets = sheetsFor(ctx, period);
  const body = format === "xlsx" ? await buildWorkbook(sheets) : buildCsv(sheets);
  ctx.db.transaction(() => auditExport(ctx, period, format), { behavior: "immediate" });
  return {
    filename: `${t("stats.title")}-${period.code}.${format}`,
    contentType: format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
    body,
  };
}
