import { CHANNELS } from "@/db/schema/codes";
import { z } from "../zod";

export const listNotificationsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(40).optional(),
});
export type ListNotificationsQuery = z.output<typeof listNotificationsQuerySchema>;

/** The resident's (or any user's) choice of outside channels and quiet hours. */
export const preferencesSchema = z.strictObject({
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
  quietHours: z.boolean(),
});
export type PreferencesInput = z.output<typeof preferencesSchema>;

export const markReadSchema = z.strictObject({ id: z.number().int().positive() });
export const emptySchema = z.strictObject({});
