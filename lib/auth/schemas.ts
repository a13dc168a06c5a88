import { z } from "../zod";
import { t } from "../i18n/messages";
import { newPasswordSchema } from "./password-rules";

export const signInSchema = z.strictObject({
  username: z.string().trim().min(1, t("field.required")).max(64, t("field.tooLong", { max: 64 })),
  password: z.string().min(1, t("field.required")).max(256, t("field.tooLong", { max: 256 })),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, t("field.required")).max(256),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, t("field.required")).max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: t("auth.passwordMismatch") })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: t("auth.passwordSameAsOld") });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
