import "server-only";

export type SearchParams = Record<string, string | string[] | undefined>;

export const param = (sp: SearchParams, key: string): string | undefined => (typeof sp[key] === "string" ? (sp[key] as string) : undefined);
