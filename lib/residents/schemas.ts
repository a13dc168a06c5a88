import { newPasswordSchema } from "../auth/password-rules";
import { t } from "../i18n/messages";
import { z } from "../zod";

/** The privacy notice's version that a consent given today refers to (app/(public)/privacy). */
export const PRIVACY_NOTICE_VERSION = "2026-11";

const nameSchema = z.string().trim().min(1, t("field.required")).max(40, t("field.tooLong", { max: 40 }));
/** A mainland mobile number: it is also the resident's sign-in name. */
export const mobileSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, t("register.invalidMobile"));

/** 居民注册 (public). The consent box must be ticked; its version and time are recorded. */
export const registerResidentSchema = z
  .strictObject({
    name: nameSchema,
    phone: mobileSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().max(128),
    consent: z.boolean().refine((v) => v, t("register.consentRequired")),
  })
  .refine((v) => v.password === v.confirmPassword, { message: t("register.passwordMismatch"), path: ["confirmPassword"] });
export type RegisterResidentInput = z.output<typeof registerResidentSchema>;
export type RegisterResidentValues = z.input<typeof registerResidentSchema>;

/** 我的资料: the resident's own name and mobile number. */
export const updateOwnProfileSchema = z.strictObject({ name: nameSchema, phone: mobileSchema });
export type UpdateOwnProfileInput = z.output<typeof updateOwnProfileSchema>;

/** The register search box (staff): a name or some phone digits; empty lists nothing. */
export const searchRegisterSchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(40, t("field.tooLong", { max: 40 }))
    .optional(),
});
export type SearchRegisterInput = z.output<typeof searchRegisterSchema>;
