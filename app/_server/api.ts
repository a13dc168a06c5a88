import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { hasRole, type Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import type { AnonCtx, Ctx } from "@/lib/context";
import { AppError, appError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { fieldErrorsOf, z } from "@/lib/zod";
import { auth, clientIp } from "./auth";

export const MAX_BODY_BYTES = 1024 * 1024;

export function errorResponse(code: ErrorCode, message: string, status: number, fieldErrors?: FieldErrors): NextResponse {
  return NextResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status, headers: { "Cache-Control": "no-store" } });
}

function fromError(e: unknown): NextResponse {
  if (e instanceof AppError) return errorResponse(e.code, e.userMessage, e.status, e.fieldErrors);
  console.error("[api] unexpected error", e);
  return errorResponse("internal", t("error.internal"), 500);
}

async function readJson(req: NextRequest): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw appError("too_large");
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw appError("too_large");
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw appError("bad_request", t("error.invalidJson"));
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw appError("validation", undefined, fieldErrorsOf(r.error));
  return r.data;
}

/** Bearer token first; otherwise the browser's session cookie, which for writes needs a same-origin Origin. */
async function authenticate(req: NextRequest, now: Date): Promise<Actor> {
  const header = req.headers.get("authorization");
  const db = getDb();
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = m ? resolveSession(db, { token: m[1] }, now) : null;
    if (!actor) throw appError("unauthenticated");
    return actor;
  }
  const session = await auth();
  const actor = session?.sid ? resolveSession(db, { sessionId: session.sid }, now) : null;
  if (!actor) throw appError("unauthenticated");
  if (!["GET", "HEAD", "OPTIONS"].includes(req.method)) {
    const origin = req.headers.get("origin");
    if (!origin || origin !== req.nextUrl.origin) throw appError("forbidden");
  }
  return actor;
}

type Params = Record<string, string | string[] | undefined>;

interface RouteOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  roles?: Role[];
  body?: B;
  query?: Q;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type HandlerResult = Response | { status?: number; body: unknown };

/**
 * The steps every signed-in API route runs, in order: who is calling → parse input → one lib/ use
 * case → map the result or error. Handlers return `{ status?, body }` or a ready Response.
 */
export function apiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: RouteOptions<B, Q>,
  handler: (args: { ctx: Ctx; body: Out<B>; query: Out<Q>; params: Params; req: NextRequest }) => Promise<HandlerResult> | HandlerResult,
) {
  return async (req: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    const now = new Date();
    try {
      const actor = await authenticate(req, now);
      if (options.roles && !hasRole(actor, ...options.roles)) throw appError("forbidden");
      const body = (options.body ? parse(options.body, await readJson(req)) : undefined) as Out<B>;
      const query = (options.query ? parse(options.query, Object.fromEntries(req.nextUrl.searchParams)) : undefined) as Out<Q>;
      const ctx: Ctx = { db: getDb(), actor, now, ip: clientIp(req.headers) };
      return toResponse(await handler({ ctx, body, query, params: (await context?.params) ?? {}, req }));
    } catch (e) {
      return fromError(e);
    }
  };
}

/** For the few routes open to anyone (token, health, openapi): same parsing and error mapping. */
export function publicRoute<B extends z.ZodType | undefined = undefined>(
  options: { body?: B },
  handler: (args: { ctx: AnonCtx; body: Out<B>; req: NextRequest }) => Promise<HandlerResult> | HandlerResult,
) {
  return async (req: NextRequest): Promise<Response> => {
    try {
      const body = (options.body ? parse(options.body, await readJson(req)) : undefined) as Out<B>;
      const ctx: AnonCtx = { db: getDb(), now: new Date(), ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
      return toResponse(await handler({ ctx, body, req }));
    } catch (e) {
      return fromError(e);
    }
  };
}

function toResponse(result: HandlerResult): Response {
  if (result instanceof Response) return result;
  return NextResponse.json(result.body, { status: result.status ?? 200, headers: { "Cache-Control": "no-store" } });
}

/**
 * `{ items, nextCursor: null }` written from each item's JSON text. With `memo`, an item's text is
 * made once for as long as the item object lives: the kept slot lists (lib/appointments/slots.ts)
 * hand out the same frozen slots until something changes (issue 12).
 */
export function itemsResponse<T extends object>(items: readonly T[], toJson: (item: T) => unknown, memo?: WeakMap<T, string>): Response {
  const parts = items.map((item) => {
    let text = memo?.get(item);
    if (text === undefined) {
      text = JSON.stringify(toJson(item));
      memo?.set(item, text);
    }
    return text;
  });
  return new Response(`{"items":[${parts.join(",")}],"nextCursor":null}`, { status: 200, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}

/** A numeric id from a path segment; anything else is simply not found. */
export function idParam(params: Params, name = "id"): number {
  const raw = params[name];
  const n = typeof raw === "string" && /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw appError("not_found");
  return n;
}
