"use server";
// 我的资料: the resident's own name and number. Residents only; the same schema as the form.
import { serverAction } from "@/app/_server/action";
import { updateOwnProfileSchema } from "@/lib/residents/schemas";
import { updateOwnProfile } from "@/lib/residents/update-own-profile";
import { withdrawConsent } from "@/lib/residents/withdraw-consent";
import { z } from "@/lib/zod";

export const updateOwnProfileAction = serverAction({ roles: ["resident"], schema: updateOwnProfileSchema }, (ctx, input) => updateOwnProfile(ctx, input));

export const withdrawConsentAction = serverAction({ roles: ["resident"], schema: z.strictObject({}) }, (ctx) => withdrawConsent(ctx));
