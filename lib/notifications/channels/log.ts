import { toIsoLocal } from "../../time";
import type { Channel, OutboundMessage } from "./types";

/** The default channel: one line in the server log per message (ids and the title only). */
export function logChannel(write: (line: string) => void = (line) => console.info(line)): Channel {
  return {
    code: "log",
    async send(m: OutboundMessage) {
      write(`[notify] outbox=${m.outboxId} user=${m.userId} type=${m.type}${m.urgent ? " urgent" : ""} at=${toIsoLocal(m.createdAt)} title=${JSON.stringify(m.title)}`);
    },
  };
}
