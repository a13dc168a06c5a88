import type { MessageKey } from "@/lib/i18n/messages";

/** The case's printable documents: /mediation/{id}/print/{doc}. */
export const PRINT_DOCS = [
  ["register", "mediation.print.register"],
  ["record", "mediation.print.record"],
  ["agreement", "mediation.print.agreement"],
  ["follow-up", "mediation.print.followUp"],
  ["cover", "mediation.print.cover"],
] as const satisfies readonly (readonly [string, MessageKey])[];

export type PrintDoc = (typeof PRINT_DOCS)[number][0];
