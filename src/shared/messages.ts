/** Sending protocol requests (src/shared/protocol.ts) to the background. */
import { browser } from './browser.ts';
import { ReplySchema, RequestSchema, type Reply, type Request } from './protocol.ts';

/** Sends a request to the background; rejects with the background's message on failure. */
export async function send(req: Request): Promise<Extract<Reply, { ok: true }>> {
  const reply = ReplySchema.parse(await browser.runtime.sendMessage(RequestSchema.parse(req)));
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}
