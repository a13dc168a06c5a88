import { core } from "./core";
import { audit } from "./audit";
import { hotline } from "./hotline";
import { users } from "./users";
import { rooms } from "./rooms";
import { ui } from "./ui";
import { care } from "./care";
import { mediation } from "./mediation";
import { appointments } from "./appointments";
import { activities } from "./activities";
import { notifications } from "./notifications";
import { stats } from "./stats";
import { residents } from "./residents";

/**
 * The zh-CN catalogue: every word a user reads, one file per area. An area adds its file here.
 * Keys are "<area>.<name>"; `{name}` marks a parameter.
 */
export const zhCN = {
  ...core,
  ...audit,
  ...hotline,
  ...users,
  ...rooms,
  ...ui,
  ...care,
  ...mediation,
  ...appointments,
  ...activities,
  ...notifications,
  ...stats,
  ...residents,
} as const;

export type MessageKey = keyof typeof zhCN;
