import { core } from "./core";
import { users } from "./users";

/**
 * The zh-CN catalogue: every word a user reads, one file per area. An area adds its file here.
 * Keys are "<area>.<name>"; `{name}` marks a parameter.
 */
export const zhCN = {
  ...core,
  ...users,
} as const;

export type MessageKey = keyof typeof zhCN;
