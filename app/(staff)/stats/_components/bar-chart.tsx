"use client";
// A bar chart of one breakdown (this period against the previous one). Decorative for screen
// readers: the same numbers stand in the table beside it (ChartCard).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartDatum {
  label: string;
  value: number;
  previous?: number;
}

interface Props {
  data: readonly ChartDatum[];
  currentLabel: string;
  previousLabel?: string;
  /** Values are percentages (0–100). */
  percent?: boolean;
}

export function StatsBarChart({ data, currentLabel, previousLabel, percent = false }: Props) {
  const withPrevious = previousLabel !== undefined && data.some((d) => d.previous !== undefined);
  const fmt = (v: unknown) => (percent ? `${Number(v).toFixed(1)}%` : String(v));
  return (
    <div aria-hidden="true" className="h-64 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#44403c" }} interval={0} angle={data.length > 5 ? -30 : 0} textAnchor={data.length > 5 ? "end" : "middle"} height={data.length > 5 ? 60 : 30} />
          <YAxis allowDecimals={percent} tick={{ fontSize: 12, fill: "#44403c" }} width={40} tickFormatter={fmt} />
          <Tooltip formatter={fmt} />
          {withPrevious ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {withPrevious ? <Bar dataKey="previous" name={previousLabel} fill="#d6d3d1" radius={[3, 3, 0, 0]} isAnimationActive={false} /> : null}
          <Bar dataKey="value" name={currentLabel} fill="#0f766e" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
