import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/app/_components/print-button";
import { requireActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { printReport } from "@/lib/stats/print-report";
import { parsePeriod, periodContaining } from "@/lib/stats/period";
import { formatCell, isRate, reportSheets } from "@/lib/stats/report";

// The monthly (or quarterly, yearly) report as clean A4 pages, outside the staff shell. It is the
// same tables as the XLSX, rendered as text; each view is an audited export.

export const metadata: Metadata = { title: t("stats.print.title") };

const PAGE_CSS = `
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
@media print { html, body { background: #fff !important; } .stats-sheet { break-before: page; } .stats-sheet:first-of-type { break-before: auto; } table { break-inside: auto; } tr { break-inside: avoid; } }
`;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function StatsPrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["admin"]);
  const sp = await searchParams;
  const period = parsePeriod(first(sp.period) ?? first(sp.month) ?? "") ?? periodContaining("month", ctx.now);
  const report = printReport(ctx, period);
  const sheets = reportSheets(report, ctx.now);
  return (
    <div className="min-h-dvh bg-stone-100 py-6 print:bg-white print:py-0">
      <style>{PAGE_CSS}</style>
      <nav aria-label={t("stats.print.title")} className="mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center justify-between gap-3 px-4 print:hidden">
        <Link href={`/stats?period=${period.code}`} className="text-teal-800 underline-offset-2 hover:underline">
          ← {t("stats.print.back")}
        </Link>
        <PrintButton />
      </nav>
      <main
        className="mx-auto box-border max-w-[210mm] bg-white px-[14mm] py-[16mm] text-[10.5pt] leading-relaxed text-black shadow print:max-w-none print:p-0 print:shadow-none"
        style={{ fontFamily: '"SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif' }}
      >
        <h1 className="mb-6 text-center text-[18pt] font-bold" style={{ fontFamily: '"SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif' }}>
          {t("stats.print.heading", { label: report.period.label })}
        </h1>
        {sheets.map((s) => (
          <section key={s.name} className="stats-sheet mb-6" aria-label={s.name}>
            <h2 className="mb-2 border-b border-black pb-1 text-[13pt] font-bold">{s.name}</h2>
            {s.tables.map((table) => (
              <div key={table.title} className="mb-4">
                <table className="w-full border-collapse text-[10pt]">
                  <caption className="mb-1 text-start font-bold">{table.title}</caption>
                  <thead>
                    <tr>
                      {table.headers.map((h, i) => (
                        <th key={i} scope="col" className="border border-stone-500 px-2 py-1 text-start font-bold">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((cells, i) => (
                      <tr key={i}>
                        {cells.map((c, j) => (
                          <td key={j} className={`border border-stone-500 px-2 py-1 ${typeof c === "number" || isRate(c) ? "text-end tabular-nums" : ""}`}>
                            {formatCell(c)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {table.note ? <p className="mt-1 text-[9pt] text-stone-700">{table.note}</p> : null}
              </div>
            ))}
          </section>
        ))}
      </main>
    </div>
  );
}
