import type { MessageKey } from "./i18n/messages";
import { t } from "./i18n/messages";

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "validation"
  | "too_many_attempts"
  | "internal";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  validation: 422,
  too_many_attempts: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

/** The one error type use cases throw: a stable code and a message safe to show the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(userMessage);
    this.name = "AppError";
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

const defaultKeys: Record<ErrorCode, MessageKey> = {
  bad_request: "error.badRequest",
  unauthenticated: "error.unauthenticated",
  forbidden: "error.forbidden",
  not_found: "error.notFound",
  conflict: "error.conflict",
  too_large: "error.tooLarge",
  validation: "error.validation",
  too_many_attempts: "error.tooManyAttempts",
  internal: "error.internal",
};

export function appError(code: ErrorCode, message?: string, fieldErrors?: FieldErrors): AppError {
  return new AppError(code, message ?? t(defaultKeys[code]), fieldErrors);
}

export const forbidden = (message?: string) => appError("forbidden", message);
export const notFound = (message?: string) => appError("not_found", message);
export const conflict = (message: string) => appError("conflict", message);
