import "server-only";
import { env } from "../env";

/** Set by the front door (lib/front-door/) to the connection's address, replacing whatever a client sent. */
export const PEER_HEADER = "x-rencontres-peer";

/**
 * The address a request came from, for rate limits. By default the connection's own (no header a
 * client can write is believed); behind TRUSTED_PROXY_HOPS proxies that each append the address
 * they saw to X-Forwarded-For, the entry that many places from the right.
 */
export function clientAddress(headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string {
  const peer = headers.get(PEER_HEADER) || "inconnue";
  if (hops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded[forwarded.length - hops] ?? peer;
}
