// One breakdown of the statistics: the chart, and beside it the table of the same numbers (the
// accessible form of the chart), this period against the previous one.
import type { ReactNode } from "react";
import { Card } from "@/app/_components/card";
import { t } from "@/lib/i18n/messages";
import { StatsBarChart } from "./bar-chart";

export interface ChartRow {
  label: string;
  value: number | null;
  previous?: number | null;
}

interface Props {
  title: string;
  rows: readonly ChartRow[];
  currentLabel: string;
  previousLabel?: string;
  /** Values are shares 0–1 (charted and shown as %). */
  percent?: boolean;
  /** Extra columns of the table: header and cell per row index. */
  extra?: { header: string; cell: (i: number) => ReactNode }[];
  note?: string;
}

export const showValue = (v: number | null | undefined, percent: boolean) =>
  v === null || v === undefined ? t("stats.none") : percent ? `${(Math.round(v * 1000) / 10).toFixed(1)}%` : String(v);

export function ChartCard({ title, rows, currentLabel, previousLabel, percent = false, extra = [], note }: Props) {
  const withPrevious = previousLabel !== undefined && rows.some((r) => r.previous !== undefined);
  const scale = (v: number | null | undefined) => (v === null || v === undefined ? 0 : percent ? Math.round(v * 1000) / 10 : v);
  const data = rows.map((r) => ({ label: r.label, value: scale(r.value), ...(withPrevious ? { previous: scale(r.previous) } : {}) }));
  return (
    <Card title={title} titleAs="h3" description={note}>
      <div className="grid gap-4 lg:grid-cols-2">
        <StatsBarChart data={data} currentLabel={currentLabel} previousLabel={withPrevious ? previousLabel : undefined} percent={percent} />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("stats.chartTable", { title })}</caption>
            <thead>
              <tr className="border-b border-stone-200 text-stone-700">
                <th scope="col" className="py-2 pe-3 text-start font-medium">
                  {t("stats.col.item")}
                </th>
                <th scope="col" className="py-2 pe-3 text-end font-medium">
                  {currentLabel}
                </th>
                {withPrevious ? (
                  <th scope="col" className="py-2 pe-3 text-end font-medium">
                    {previousLabel}
                  </th>
                ) : null}
                {extra.map((e) => (
                  <th key={e.header} scope="col" className="py-2 pe-3 text-end font-medium">
                    {e.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} className="border-b border-stone-100 last:border-b-0">
                  <th scope="row" className="py-1.5 pe-3 text-start font-normal text-stone-900">
                    {r.label}
                  </th>
                  <td className="py-1.5 pe-3 text-end tabular-nums">{showValue(r.value, percent)}</td>
                  {withPrevious ? <td className="py-1.5 pe-3 text-end text-stone-600 tabular-nums">{showValue(r.previous, percent)}</td> : null}
                  {extra.map((e) => (
                    <td key={e.header} className="py-1.5 pe-3 text-end tabular-nums">
                      {e.cell(i)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
