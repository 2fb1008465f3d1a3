export type RegistrationErrorCode =
  | "EVENT_NOT_FOUND"
  | "REGISTRATION_CLOSED"
  | "ALREADY_REGISTERED"
  | "ONE_EVENT_PER_DAY"
  | "NOT_FOUND"
  | "NO_OFFER"
  | "NOTHING_TO_CANCEL"
  | "EVENT_STARTED"
  | "BUSY";

/** An expected failure of a registration operation, mapped once to a French message and an HTTP status. */
export class RegistrationError extends Error {
  constructor(
    readonly code: RegistrationErrorCode,
    /** Extra words for the message, e.g. the event's title. */
    readonly detail?: string,
  ) {
    super(registrationErrorMessage(code, detail));
    this.name = "RegistrationError";
  }

  get status(): number {
    return REGISTRATION_ERROR_STATUS[this.code];
  }
}

const REGISTRATION_ERROR_STATUS: Record<RegistrationErrorCode, number> = {
  EVENT_NOT_FOUND: 400,
  REGISTRATION_CLOSED: 403,
  ALREADY_REGISTERED: 409,
  ONE_EVENT_PER_DAY: 409,
  NOT_FOUND: 404,
  NO_OFFER: 409,
  NOTHING_TO_CANCEL: 409,
  EVENT_STARTED: 409,
  BUSY: 503,
};

export function registrationErrorMessage(code: RegistrationErrorCode, detail?: string): string {
  const about = detail ? ` (${detail})` : "";
  switch (code) {
    case "EVENT_NOT_FOUND":
      return `Cette journée n'existe pas${about}.`;
    case "REGISTRATION_CLOSED":
      return `Les inscriptions sont fermées pour cette journée${about}.`;
    case "ALREADY_REGISTERED":
      return `Vous êtes déjà inscrit·e à cette journée${about}. Le lien pour gérer votre inscription vous a été renvoyé par email.`;
    case "ONE_EVENT_PER_DAY":
      return `Les journées régionales ont lieu le même jour : vous ne pouvez vous inscrire qu'à une seule d'entre elles${about}.`;
    case "NOT_FOUND":
      return "Ce lien de gestion n'est pas valide. Vérifiez qu'il est complet, ou utilisez le dernier lien reçu par email.";
    case "NO_OFFER":
      return `Aucune place ne vous est proposée pour cette journée${about}, ou la proposition a expiré.`;
    case "NOTHING_TO_CANCEL":
      return `Aucune inscription active à annuler${about}.`;
    case "EVENT_STARTED":
      return `Cette journée a déjà commencé : l'inscription ne peut plus être modifiée${about}.`;
    case "BUSY":
      return "Le service est très sollicité en ce moment. Réessayez dans quelques secondes : rien n'a été enregistré.";
  }
}
