import "server-only";
import { timingSafeEqual } from "node:crypto";
import { authSecret, env } from "../env";
import { formTimeSignature, signedFormTime } from "./form-time.mjs";

/** The hidden field a person never fills (it is out of sight and out of the tab order). */
export const HONEYPOT_FIELD = "site_web";
/** The hidden field that says when the form was shown, signed so that it cannot be made up. */
export const SHOWN_AT_FIELD = "formulaire";

/** The value of SHOWN_AT_FIELD for a form shown now. */
export function formShownAt(now = new Date()): string {
  return signedFormTime(authSecret, now.getTime());
}

export type FormGuardVerdict = "PERSON" | "ROBOT" | "TOO_FAST";

/**
 * Tells a person from a script posting the public form, without a third-party captcha: the
 * honeypot filled, or no valid signed time, is a script; a form sent within
 * FORM_MIN_FILL_SECONDS of being shown is too fast for a person (who is asked to send it again).
 */
export function checkFormGuard({ honeypot, shownAt, now = new Date(), minSeconds = env.FORM_MIN_FILL_SECONDS }: { honeypot: unknown; shownAt: unknown; now?: Date; minSeconds?: number }): FormGuardVerdict {
  if (typeof honeypot === "string" && honeypot !== "") return "ROBOT";
  if (typeof shownAt !== "string") return "ROBOT";
  const [time, signature = ""] = shownAt.split(".");
  const expected = Buffer.from(formTimeSignature(authSecret, time));
  const given = Buffer.from(signature);
  if (!/^\d{13}$/.test(time) || expected.length !== given.length || !timingSafeEqual(expected, given)) return "ROBOT";
  return now.getTime() - Number(time) < minSeconds * 1000 ? "TOO_FAST" : "PERSON";
}
