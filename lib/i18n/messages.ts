import { zhCN, type MessageKey } from "./zh-CN/index";

export type { MessageKey };

/** Looks up a catalogue message and fills `{name}` parameters. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = zhCN[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** The Chinese label of an enumeration code, e.g. label("role", "admin") → "中心管理员". */
export function label(group: string, code: string): string {
  const key = `${group}.${code}`;
  return key in zhCN ? zhCN[key as MessageKey] : code;
}
