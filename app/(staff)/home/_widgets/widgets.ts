// The staff home page's widgets, in display order, with the roles that see each. An area adds ONE
// line for its widget (a server component taking { ctx }) above the "my-roles" line. A widget reads
// through its area's lib/ queries, which check the role again.
import type { ReactNode } from "react";
import type { Role } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { AdminAccountsWidget } from "./admin-accounts";
import { AdminSignInsWidget } from "./admin-sign-ins";
import { MyRolesWidget } from "./my-roles";
import { HotlineHomeWidget } from "../../hotline/_components/home-widget";
import { CareOverdueWidget } from "../../care/_components/overdue-widget";
import { MediationDeadlineWidget } from "../../mediation/_components/deadline-widget";
import { TodayRoomsWidget } from "../../rooms/_components/today-rooms-widget";
import { AppointmentsWidget } from "../../appointments/_components/appointments-widget";
import { WeekActivitiesWidget } from "../../activities/_components/week-activities-widget";
import { AssessmentAlertsWidget } from "../../assessment-alerts/_components/alerts-widget";

export interface HomeWidget {
  key: string;
  roles: readonly Role[];
  Component: (props: { ctx: Ctx }) => ReactNode | Promise<ReactNode>;
}

export const HOME_WIDGETS: readonly HomeWidget[] = [
  { key: "admin-sign-ins", roles: ["admin"], Component: AdminSignInsWidget },
  { key: "admin-accounts", roles: ["admin"], Component: AdminAccountsWidget },
  // Areas: add your widget here, e.g. { key: "hotline-today", roles: ["hotline"], Component: HotlineTodayWidget },
  { key: "appointments-today", roles: ["counselor", "admin"], Component: AppointmentsWidget },
  { key: "rooms-today", roles: STAFF_ROLES, Component: TodayRoomsWidget },
  { key: "care-overdue", roles: ["carer", "admin"], Component: CareOverdueWidget },
  { key: "mediation-deadlines", roles: ["mediator", "admin"], Component: MediationDeadlineWidget },
  { key: "hotline-today", roles: ["hotline", "admin"], Component: HotlineHomeWidget },
  { key: "assessment-alerts", roles: ["counselor", "admin"], Component: AssessmentAlertsWidget },
  { key: "activities-week", roles: ["teacher", "admin"], Component: WeekActivitiesWidget },
  { key: "my-roles", roles: STAFF_ROLES, Component: MyRolesWidget },
];
