/** What the emails show of an event, already formatted in French. */
export interface EmailEvent {
  title: string;
  /** "samedi 26 juin 2027" */
  dateLabel: string;
  /** "9 h 30 – 17 h" */
  timeLabel: string;
  venue: string | null;
  address: string | null;
  city: string;
  host: string | null;
}

export interface EmailProgrammeItem {
  /** "10 h 45 – 12 h" */
  timeLabel: string;
  /** "Table ronde" */
  kindLabel: string;
  title: string;
  /** ["Benoît Hamon, ministre délégué à l'économie sociale et solidaire (sous réserve)"] */
  speakers: string[];
}

export interface EmailChoices {
  /** null: the event is not the national day, which alone offers lunch. */
  lunch: boolean | null;
  /** Null while the address is unverified: what was typed is shown on the manage page, not in an email. */
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
}

/** What the emails with a ticket (confirmation, reminder) receive. */
export interface TicketEmailProps {
  /** Null while the address is unverified: nothing the submitter typed goes into the email. */
  firstName: string | null;
  event: EmailEvent;
  programme: EmailProgrammeItem[];
  choices: EmailChoices;
  manageUrl: string;
  qrCodeSrc: string;
  ticketCode: string;
}
