import type { ChannelCode } from "@/db/schema";
import { logChannel } from "./log";
import { smsChannel } from "./sms";
import type { Channel } from "./types";
import { webhookChannel } from "./webhook";

export type ChannelSet = Partial<Record<ChannelCode, Channel>>;

/**
 * The channels this server can use, from its environment: `log` always; `webhook` with
 * NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET; `sms` with SMS_GATEWAY_URL and SMS_GATEWAY_KEY
 * (SMS_SIGN_NAME optional). Messages for a channel that is not configured wait and are retried.
 */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env): ChannelSet {
  const set: ChannelSet = { log: logChannel() };
  if (env.NOTIFY_WEBHOOK_URL && env.NOTIFY_WEBHOOK_SECRET) set.webhook = webhookChannel({ url: env.NOTIFY_WEBHOOK_URL, secret: env.NOTIFY_WEBHOOK_SECRET });
  if (env.SMS_GATEWAY_URL && env.SMS_GATEWAY_KEY) set.sms = smsChannel({ url: env.SMS_GATEWAY_URL, apiKey: env.SMS_GATEWAY_KEY, signName: env.SMS_SIGN_NAME || undefined });
  return set;
}
