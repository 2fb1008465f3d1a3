import "server-only";
import { z } from "zod";
import { slugSchema } from "../validation";
import { readToken, signToken } from "./signed-token";

const payloadSchema = z.object({
  /** The attendee, and the version of their manage link: a new link voids the older join links too. */
  a: z.string().max(40),
  v: z.number().int().min(0),
  e: z.array(slugSchema).min(1).max(5),
  l: z.boolean(),
  /** Asked at the door: the day is added while its check-in window is open. */
  d: z.literal(true).optional(),
});

export interface JoinRequest {
  attendeeId: string;
  manageTokenVersion: number;
  events: string[];
  lunch: boolean;
  /** Asked at the door (a walk-in with a known address): valid while the day's door is open. */
  door?: boolean;
}

/** The signed link's token that adds days to a known address's registration, until `expiresAt`. */
export function joinToken(request: JoinRequest, expiresAt: Date): string {
  return signToken("join", { a: request.attendeeId, v: request.manageTokenVersion, e: request.events, l: request.lunch, ...(request.door ? { d: true } : {}) }, expiresAt);
}

export function readJoinToken(token: string, now: Date): JoinRequest | null {
  const payload = readToken("join", token, payloadSchema, now);
  return payload && { attendeeId: payload.a, manageTokenVersion: payload.v, events: payload.e, lunch: payload.l, door: payload.d === true };
}
