import type { ZodOpenApiPathsObject } from "zod-openapi";
import { statsReportSchema } from "../stats/api-schemas";
import { exportStatsSchema, monthlyStatsSchema } from "../stats/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const { "401": e401, "403": e403, "422": e422 } = commonErrors;
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: "binary" }) } } });
const exportNote =
  "中心管理员。month=YYYY-MM（或 period=2026-Q4 / 2026 导出季度、年度，二者择一）。以 = + - @ 制表符或回车开头的文本单元格一律作为文本导出（前加 '），防止公式注入。每次导出都记入审计。";

/** Statistics and exports (统计报表). */
export const statsPaths: ZodOpenApiPathsObject = {
  "/api/v1/stats/monthly": {
    get: {
      summary:
        "月度统计（中心管理员）：预约（按服务、结果、咨询师，爽约率）、热线（按类别、风险等级，按时回访率）、调解（登记、结案、办结率、结案天数中位数，按纠纷类型）、" +
        "关爱走访（应访与已访，按人群类别和颜色）、功能室使用率、团体活动出席与评分；previous 为上月同样数字。月份格式错误 422。",
      security: bearer,
      requestParams: { query: monthlyStatsSchema },
      responses: { "200": json(statsReportSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/exports/monthly.xlsx": {
    get: {
      summary: `月报 Excel 工作簿，每个业务一张工作表，中文表头。${exportNote}`,
      security: bearer,
      requestParams: { query: exportStatsSchema },
      responses: { "200": file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX 文件"), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/exports/monthly.csv": {
    get: {
      summary: `月报 CSV（UTF-8，带 BOM，Excel 可直接打开中文），各业务依次排列。${exportNote}`,
      security: bearer,
      requestParams: { query: exportStatsSchema },
      responses: { "200": file("text/csv", "CSV 文件"), "401": e401, "403": e403, "422": e422 },
    },
  },
};
