import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { notifications, users, type NotificationType } from "./schema";

const HOUR = 3_600_000;

type Item = [type: NotificationType, title: string, link: string, read: boolean];

/** Per demo account: what its bell shows on a fresh database — some unread, some already read. */
const BY_USERNAME: Record<string, Item[]> = {
  admin: [
    ["assessment_alert", "自评预警：有一份自评结果需要尽快跟进", "/assessment-alerts", false],
    ["appointment_requested", "新的订单式预约申请：个体心理咨询，待匹配咨询师", "/appointments", false],
    ["care_overdue", "有一位关爱对象的走访已逾期，请提醒负责的走访员", "/care", true],
  ],
  counselor: [
    ["appointment_requested", "新的预约申请：个体心理咨询，请在预约列表中确认", "/appointments", false],
    ["assessment_alert", "自评预警：有一份自评结果需要尽快跟进", "/assessment-alerts", false],
    ["appointment_cancelled", "预约已取消：家庭咨询", "/appointments", true],
  ],
  counselor2: [
    ["appointment_requested", "新的预约申请：沙盘治疗，请在预约列表中确认", "/appointments", false],
    ["appointment_changed", "预约时间已调整：个体心理咨询", "/appointments", true],
  ],
  mediator: [
    ["mediation_deadline", "有调解案件将在 5 天内到期，请查看案件列表", "/mediation", false],
    ["mediation_deadline", "有调解案件的回访将要到期", "/mediation", true],
  ],
  hotline: [
    ["callback_due", "回拨到期：有来电需要按约回拨", "/hotline", false],
    ["imminent_call", "紧急：有一通热线来电评估为极高风险，请立即查看", "/hotline", true],
  ],
  teacher: [
    ["activity_reminder", "明天有您带领的团体活动，请提前到功能室准备", "/activities", false],
    ["activity_changed", "团体活动报名已满，候补名单里有居民在等候", "/activities", true],
  ],
  carer: [
    ["care_overdue", "有一位关爱对象的走访已逾期，请尽快安排走访", "/care", false],
    ["care_overdue", "本周有关爱对象到期需要走访", "/care", true],
  ],
  resident: [
    ["appointment_confirmed", "您的预约已确认，请按时到中心，如需改期请提前取消", "/me/appointments", false],
    ["activity_reminder", "本周有新的团体活动开放报名，欢迎参加", "/me/activities", false],
    ["appointment_requested", "中心已收到您的预约申请，咨询师确认后会通知您", "/me/appointments", true],
  ],
  resident2: [
    ["waitlist_promoted", "好消息：您已从候补转为正式报名团体活动", "/me/activities", false],
    ["appointment_confirmed", "您的预约已确认，请按时到中心", "/me/appointments", true],
  ],
};

/**
 * Demo notifications for every demo account: history only (no outbox rows, so nothing is sent
 * on start). Idempotent through dedupe keys.
 */
export function seedNotifications(db: Db, now: Date): void {
  for (const [username, items] of Object.entries(BY_USERNAME)) {
    const user = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
    if (!user) continue;
    items.forEach(([type, title, link, read], i) => {
      const createdAt = new Date(now.getTime() - (i * 5 + 1) * HOUR);
      db.insert(notifications)
        .values({ userId: user.id, type, title, link, urgent: type === "imminent_call", dedupeKey: `seed:${i}`, createdAt, readAt: read ? new Date(createdAt.getTime() + HOUR) : null })
        .onConflictDoNothing()
        .run();
    });
  }
}
