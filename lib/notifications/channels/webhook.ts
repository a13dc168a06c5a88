import { createHmac } from "node:crypto";
import { toIsoLocal } from "../../time";
import { postJson, type Channel, type OutboundMessage } from "./types";

export const SIGNATURE_HEADER = "x-ankang-signature";
export const DELIVERY_HEADER = "x-ankang-delivery";

export interface WebhookConfig {
  url: string;
  secret: string;
  timeoutMs?: number;
}

/** "sha256=<hex>" of the exact request body: the receiver recomputes it with the shared secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * POSTs each message as JSON to a configured URL (the residents' mini-program, a district
 * platform), signed with HMAC-SHA256. The delivery header carries the outbox id, so a receiver can
 * drop the repeat of a message whose acknowledgement was lost.
 */
export function webhookChannel(config: WebhookConfig): Channel {
  return {
    code: "webhook",
    async send(m: OutboundMessage) {
      const body = JSON.stringify({
        id: m.outboxId,
        notificationId: m.notificationId,
        userId: m.userId,
        type: m.type,
        title: m.title,
        body: m.body,
        link: m.link,
        urgent: m.urgent,
        createdAt: toIsoLocal(m.createdAt),
      });
      await postJson(config.url, body, { [SIGNATURE_HEADER]: signBody(body, config.secret), [DELIVERY_HEADER]: String(m.outboxId) }, config.timeoutMs ?? 10_000);
    },
  };
}
