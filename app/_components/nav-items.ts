// The staff navigation as data. An area adds ONE line for its entry page (above the account line);
// the shell shows each user only the items their roles allow. This is display only: every page
// still checks the role itself with requireActor.
import type { Role } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/auth/actor";
import type { MessageKey } from "@/lib/i18n/messages";
import type { IconName } from "./icon";

export interface NavItem {
  href: string;
  labelKey: MessageKey;
  roles: readonly Role[];
  icon: IconName;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/home", labelKey: "nav.home", roles: STAFF_ROLES, icon: "home" },
  // Areas: add your entry here, e.g. { href: "/rooms", labelKey: "rooms.nav", roles: ["admin", "counselor"], icon: "door" },
  { href: "/appointments", labelKey: "appointments.nav", roles: ["counselor", "admin"], icon: "calendar" },
  { href: "/appointments/calendar", labelKey: "appointments.navCalendar", roles: ["counselor"], icon: "clock" },
  { href: "/counselors", labelKey: "counselors.nav", roles: STAFF_ROLES, icon: "heart" },
  { href: "/admin/services", labelKey: "services.nav", roles: ["admin"], icon: "clipboard" },
  { href: "/hotline", labelKey: "hotline.nav", roles: ["hotline", "admin"], icon: "phone" },
  { href: "/rooms", labelKey: "rooms.nav", roles: STAFF_ROLES, icon: "door" },
  { href: "/care", labelKey: "care.nav", roles: ["carer", "admin"], icon: "heart" },
  { href: "/mediation", labelKey: "mediation.nav", roles: ["mediator", "admin", "counselor"], icon: "scale" },
  { href: "/activities", labelKey: "activities.nav", roles: ["teacher", "admin"], icon: "group" },
  { href: "/assessment-alerts", labelKey: "nav.assessAlerts", roles: ["counselor", "admin"], icon: "alert" },
  { href: "/stats", labelKey: "stats.nav", roles: ["admin"], icon: "chart" },
  { href: "/admin/users", labelKey: "nav.adminUsers", roles: ["admin"], icon: "users" },
  { href: "/admin/audit", labelKey: "audit.nav", roles: ["admin"], icon: "shield" },
  { href: "/notifications", labelKey: "notifications.nav", roles: STAFF_ROLES, icon: "bell" },
  { href: "/residents", labelKey: "residents.nav", roles: STAFF_ROLES, icon: "user" },
  { href: "/account/password", labelKey: "nav.password", roles: STAFF_ROLES, icon: "key" },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((r) => roles.includes(r)));
}
