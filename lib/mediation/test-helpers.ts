import type { Db } from "@/db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ctxFor, makeUser } from "../testing/fixtures";
import { registerCase } from "./register-case";
import { registerCaseSchema, type RegisterCaseFormValues } from "./schemas";

/** Test-only: the cast of a mediation test file. */
export async function mediationCast(db: Db, prefix: string) {
  return {
    admin: await makeUser(db, `${prefix}admin`, ["admin"], { name: "管理员" }),
    lead: await makeUser(db, `${prefix}lead`, ["mediator"], { name: "孙调解" }),
    assistant: await makeUser(db, `${prefix}asst`, ["mediator"], { name: "钱协助" }),
    otherMediator: await makeUser(db, `${prefix}other`, ["mediator"], { name: "赵旁人" }),
    counselor: await makeUser(db, `${prefix}coun`, ["counselor"], { name: "李咨询" }),
    otherCounselor: await makeUser(db, `${prefix}coun2`, ["counselor"], { name: "周咨询" }),
    teacher: await makeUser(db, `${prefix}teach`, ["teacher"]),
    resident: await makeUser(db, `${prefix}res`, ["resident"]),
  };
}

export function caseInput(over: Partial<RegisterCaseFormValues> = {}) {
  return registerCaseSchema.parse({
    source: "application",
    disputeType: "neighbour",
    summary: "楼上住户夜间噪音，双方多次争吵。",
    requestedItems: "请求对方晚十点后保持安静。",
    riskColor: "yellow",
    riskReason: "双方曾发生推搡",
    parties: [
      { role: "applicant", name: "王大爷", gender: "male", age: 68, phone: "13800000001" },
      { role: "respondent", name: "刘女士", gender: "female", age: 35 },
    ],
    ...over,
  });
}

export function registerAs(db: Db, actor: Actor, now: Date, over: Partial<RegisterCaseFormValues> = {}) {
  return registerCase(ctxFor(db, actor, now), caseInput(over));
}

/** The AppError code a call fails with, or "ok". */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
