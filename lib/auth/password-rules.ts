import { z } from "../zod";
import { t } from "../i18n/messages";

// Kept apart from password.ts (argon2, server only) because the forms' zod resolvers run these
// rules in the browser too.

// The most common passwords that would otherwise satisfy the length and letter+digit rules.
const COMMON = new Set(
  [
    "password123", "password1234", "passw0rd123", "qwerty12345", "qwerty123456", "abc1234567", "abcd123456",
    "abcdef123456", "a123456789", "a1234567890", "1234567890a", "123456789a", "1q2w3e4r5t", "1qaz2wsx3edc",
    "zaq12wsxcde3", "iloveyou123", "admin12345", "admin123456", "administrator1", "welcome123", "letmein123",
    "woaini1314520", "woaini123456", "wang123456", "zhang123456", "li123456789", "qq123456789", "aa123456789",
    "asd123456789", "zxc123456789", "qwe123456789", "abc123456789", "test123456", "ankang123456", "ankang2026",
    "changeme123", "p@ssw0rd123", "password2026", "password2025", "qwertyuiop1", "1qazxsw23edc", "football123",
  ].map((p) => p.toLowerCase()),
);

/** SECURITY.md item 7: at least 10 characters, letters and digits, not a common password. */
export const newPasswordSchema = z
  .string()
  .min(10, t("auth.passwordTooShort"))
  .max(128, t("auth.passwordTooLong"))
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), t("auth.passwordNeedsLetterAndDigit"))
  .refine((p) => !COMMON.has(p.toLowerCase()), t("auth.passwordTooCommon"));
