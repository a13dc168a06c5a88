"use server";
// 消息提醒方式: the resident's own channels and quiet hours; the same schema as the API.
import { serverAction } from "@/app/_server/action";
import { preferencesSchema } from "@/lib/notifications/schemas";
import { updatePreferences } from "@/lib/notifications/update-preferences";

export const updateNotificationSettingsAction = serverAction({ roles: ["resident"], schema: preferencesSchema }, (ctx, input) => updatePreferences(ctx, input));
