import type { ReactNode } from "react";
import type { AskedQuestion } from "@/lib/questions/question-types";

/** An event as the registration form offers it, prepared by the server page. */
export interface EventOption {
  slug: string;
  title: string;
  kind: "NATIONAL" | "REGIONAL";
  /** The Paris day, e.g. "2027-09-12": a person attends one event a day. */
  day: string;
  /** "samedi 12 septembre 2027" */
  date: string;
  city: string;
  placesLeft: number;
  /** Why nobody can register now, or null while registration is open. */
  closedReason: ReactNode | null;
  /** The organisers' questions of the day, asked under it once it is chosen. */
  questions: AskedQuestion[];
}
