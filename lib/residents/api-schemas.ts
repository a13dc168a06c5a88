import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { RegisterListItem } from "./queries";
import { TIMELINE_KINDS, type PersonTimeline } from "./timeline";

/** JSON shapes of the person register and timeline (times as ISO with +08:00). */
const code = z.object({ group: z.string(), code: z.string() });

export const registerListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      gender: z.enum(["male", "female"]).nullable(),
      birthYear: z.number().int().nullable(),
      community: z.string().nullable(),
      maskedPhone: z.string().nullable().meta({ description: "打码电话，如 138****0011" }),
    }),
  ),
  nextCursor: z.null(),
});
export const registerListJson = (items: RegisterListItem[]) => ({ items, nextCursor: null });

export const timelineJsonSchema = z
  .object({
    resident: z.object({ id: z.number().int(), name: z.string(), gender: z.enum(["male", "female"]).nullable(), birthYear: z.number().int().nullable(), community: z.string().nullable() }),
    items: z.array(
      z.object({
        kind: z.enum(TIMELINE_KINDS),
        id: z.number().int(),
        at: z.string().meta({ description: "ISO 8601 with +08:00" }),
        title: z.string(),
        status: code.nullable().meta({ description: "状态代码及其标签组，如 {group: 'appointmentStatus', code: 'requested'}" }),
        tags: z.array(code),
        href: z.string().meta({ description: "该记录在网页端的路径（打开时按该业务的权限再次检查）" }),
      }),
    ),
    hiddenAreas: z.array(z.enum(TIMELINE_KINDS)).meta({ description: "调用者的角色无权查看的业务类别" }),
  })
  .meta({ id: "PersonTimeline" });

export const timelineJson = (tl: PersonTimeline) => ({ ...tl, items: tl.items.map((i) => ({ ...i, at: toIsoLocal(i.at) })) });
