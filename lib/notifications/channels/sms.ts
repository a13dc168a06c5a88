import { postJson, PermanentDeliveryError, type Channel, type OutboundMessage } from "./types";

export interface SmsConfig {
  /** The provider's send endpoint (SMS_GATEWAY_URL). */
  url: string;
  /** Sent as a bearer token (SMS_GATEWAY_KEY). */
  apiKey: string;
  /** The signature the provider prefixes, e.g. "安康中心" (SMS_SIGN_NAME). */
  signName?: string;
  timeoutMs?: number;
}

/** The text of one SMS: signature and title only (an SMS is read on a lock screen). */
export function smsText(m: Pick<OutboundMessage, "title">, signName = "安康中心"): string {
  return `【${signName}】${m.title}`.slice(0, 300);
}

/** An HTTP SMS gateway: POST {to, text, id} with a bearer key; any 2xx means accepted. */
export function smsChannel(config: SmsConfig): Channel {
  return {
    code: "sms",
    async send(m: OutboundMessage) {
      if (!m.address) throw new PermanentDeliveryError("no phone number");
      const body = JSON.stringify({ to: m.address, text: smsText(m, config.signName), id: String(m.outboxId) });
      await postJson(config.url, body, { authorization: `Bearer ${config.apiKey}` }, config.timeoutMs ?? 10_000);
    },
  };
}
