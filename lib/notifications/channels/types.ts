import type { ChannelCode, NotificationType } from "@/db/schema";

/** What a channel is handed for one outbox row: the notification's words, never case records. */
export interface OutboundMessage {
  outboxId: number;
  notificationId: number;
  userId: number;
  type: NotificationType;
  title: string;
  body: string | null;
  link: string | null;
  urgent: boolean;
  /** The recipient's address on this channel (a phone number for SMS), when it has one. */
  address: string | null;
  createdAt: Date;
}

/** One way out of the app. `send` resolves when the message was accepted and throws when not. */
export interface Channel {
  readonly code: ChannelCode;
  send(message: OutboundMessage): Promise<void>;
}

/** A failure that retrying cannot mend (no phone number on file): the row is given up at once. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentDeliveryError";
  }
}

/** A POST of JSON with a timeout; a non-2xx answer is an error (and so a retry). */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, signal: AbortSignal.timeout(timeoutMs) });
  // Drain the body so the connection is released.
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}
