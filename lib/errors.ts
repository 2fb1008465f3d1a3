/**
 * The one application error. Every expected failure of every domain is a code of this table, with
 * its French message and HTTP status, mapped at two edges: route handlers' answers in
 * lib/http/error-response.ts (through apiRoute), server actions' form states in lib/http/form-error.ts.
 */
const ERRORS = {
  // Registrations (codes are part of the JSON API's contract)
  EVENT_NOT_FOUND: { status: 400, message: (about: string) => `Cette journée n'existe pas${about}.` },
  REGISTRATION_CLOSED: { status: 403, message: (about: string) => `Les inscriptions sont fermées pour cette journée${about}.` },
  ALREADY_REGISTERED: {
    status: 409,
    message: (about: string) =>
      `Vous êtes déjà inscrit·e à cette journée${about}. Votre lien de gestion, reçu par email, permet de consulter votre inscription.`,
  },
  ONE_EVENT_PER_DAY: {
    status: 409,
    message: (about: string) =>
      `Les journées régionales ont lieu le même jour : vous ne pouvez vous inscrire qu'à une seule d'entre elles${about}.`,
  },
  NOT_FOUND: {
    status: 404,
    message: () => "Ce lien de gestion n'est pas valide. Vérifiez qu'il est complet, ou utilisez le dernier lien reçu par email.",
  },
  LINK_EXPIRED: {
    status: 410,
    message: () => "Ce lien n'est plus valable : il a expiré, a déjà servi ou un lien plus récent l'a remplacé. Refaites la demande depuis le formulaire.",
  },
  MANAGE_LINK_EXPIRED: {
    status: 410,
    message: () => "Ce lien de gestion a expiré : vos journées sont passées depuis un moment. Pour une nouvelle journée, inscrivez-vous à nouveau.",
  },
  EMAIL_CAP: {
    status: 429,
    message: () => "Plusieurs emails ont déjà été envoyés à cette adresse aujourd'hui : réessayez demain, ou utilisez le dernier lien reçu.",
  },
  NO_OFFER: { status: 409, message: (about: string) => `Aucune place ne vous est proposée pour cette journée${about}, ou la proposition a expiré.` },
  NOTHING_TO_CANCEL: { status: 409, message: (about: string) => `Aucune inscription active à annuler${about}.` },
  EVENT_STARTED: { status: 409, message: (about: string) => `Cette journée a déjà commencé : l'inscription ne peut plus être modifiée${about}.` },
  BUSY: {
    status: 503,
    message: () => "Le service est très sollicité en ce moment. Réessayez dans quelques secondes : rien n'a été enregistré.",
  },
  /** The database does not answer (or refuses writes): every route says so until it is back (lib/db/outage.ts). */
  UNAVAILABLE: { status: 503, message: () => "Le service est momentanément indisponible, réessayez dans quelques instants." },

  // Who is asking
  UNAUTHENTICATED: { status: 401, message: () => "Connectez-vous pour accéder à cette page." },
  FORBIDDEN: { status: 403, message: () => "Votre compte ne donne pas accès à cette page ou à cette action." },

  // The back office
  RECORD_NOT_FOUND: { status: 404, message: (about: string) => `Élément introuvable${about} : il a peut-être été supprimé entre-temps.` },
  CAPACITY_BELOW_HELD: {
    status: 409,
    message: (about: string) => `La capacité ne peut pas descendre sous le nombre de places déjà attribuées${about}.`,
  },
  SLUG_TAKEN: { status: 409, message: (about: string) => `Cette adresse de page est déjà utilisée par une autre journée${about}.` },
  // The day's documents (lib/documents)
  DOCUMENT_EMPTY: { status: 400, message: () => "Choisissez le fichier à ajouter : aucun fichier reçu, ou un fichier vide." },
  DOCUMENT_TOO_LARGE: { status: 413, message: (about: string) => `Ce fichier est trop lourd${about} : réduisez-le (un PDF exporté pour l'écran, des images compressées) ou partagez-le autrement.` },
  DOCUMENT_TYPE_REFUSED: {
    status: 415,
    message: () =>
      "Ce type de fichier n'est pas accepté : PDF, images (PNG, JPEG, GIF, WebP), documents Word, Excel, PowerPoint ou OpenDocument, dont le contenu correspond à l'extension.",
  },
  DOCUMENT_NOT_FOUND: { status: 404, message: () => "Ce document n'existe pas ou n'est plus publié." },
  // Editions (lib/editions)
  EDITION_NOT_FOUND: { status: 404, message: (about: string) => `Cette édition n'existe pas${about}.` },
  EDITION_SLUG_TAKEN: { status: 409, message: (about: string) => `Cette adresse est déjà celle d'une autre édition${about}.` },
  EDITION_PAST: { status: 409, message: () => "Une édition passée ne reçoit plus de nouvelle journée : choisissez l'édition en cours ou celle en préparation." },
  EDITION_NOT_DRAFT: { status: 409, message: (about: string) => `Seule une édition en préparation peut être publiée${about}.` },
  EDITION_DRAFT_EXISTS: {
    status: 409,
    message: (about: string) => `Une édition est déjà en préparation${about} : publiez-la ou terminez-la avant d'en préparer une autre.`,
  },
  EDITION_DAYS_MISMATCH: { status: 400, message: () => "Les journées indiquées ne sont pas celles de l'édition : rechargez la page et recommencez." },
  EVENT_OF_DRAFT_EDITION: {
    status: 409,
    message: () => "Cette journée appartient à une édition en préparation : elle sera publiée avec son édition (page de l'édition, « Publier cette édition »).",
  },
  EDITION_NOT_PAST: { status: 409, message: (about: string) => `Seule une édition passée peut redevenir l'édition en cours${about}.` },
  DAY_SLUG_LOCKED: {
    status: 409,
    message: () => "L'adresse d'une journée publiée ou qui a déjà des inscrit·es ne change plus : les liens envoyés par email doivent toujours mener à cette journée.",
  },
  EDITION_SWITCH_CONFLICT: { status: 409, message: () => "Une autre publication a eu lieu au même moment : rechargez la page et vérifiez l'édition en cours." },
  // The organisers' questions (lib/questions)
  QUESTION_KEY_TAKEN: { status: 409, message: (about: string) => `Une autre question de cette journée a déjà cet identifiant${about} : choisissez-en un autre.` },
  QUESTION_TYPE_LOCKED: {
    status: 409,
    message: () => "Cette question a déjà des réponses : son type ne peut plus changer. Archivez-la et créez-en une autre.",
  },
  QUESTION_ARCHIVED: { status: 409, message: () => "Cette question est archivée : elle ne peut plus être modifiée." },
  QUESTION_TOO_FEW_CHOICES: { status: 409, message: () => "Une question à choix garde au moins deux choix : ajoutez-en un avant de retirer celui-ci." },
  SPEAKER_NAME_TAKEN: { status: 409, message: (about: string) => `Un·e intervenant·e porte déjà ce nom${about}.` },
  SPEAKER_ALREADY_LINKED: { status: 409, message: (about: string) => `Cette personne intervient déjà dans cette séquence${about}.` },
  PROGRAMME_OUTSIDE_HOURS: {
    status: 409,
    message: () => "Des séquences du programme sortent de ces horaires : modifiez-les ou supprimez-les d'abord.",
  },
  DAY_CLASH: {
    status: 409,
    message: (about: string) => `Des participant·es sont déjà inscrit·es à une autre journée à cette date${about} : une personne ne peut tenir qu'une journée par jour.`,
  },
  OUTSIDE_EVENT_DAY: { status: 400, message: (about: string) => `Les horaires doivent tenir dans la journée${about}.` },
  ACCOUNT_EXISTS: { status: 409, message: (about: string) => `Un compte existe déjà pour cette adresse${about}.` },
  ACCOUNT_UNKNOWN_EVENT: {
    status: 400,
    message: () => "Une des journées cochées n'existe pas ou plus : rechargez la page, puis cochez à nouveau les journées.",
  },
  LAST_ADMIN: {
    status: 409,
    message: () => "Il doit rester au moins un compte administrateur actif : ce changement est refusé.",
  },
  NO_FREE_SEAT: {
    status: 409,
    message: () => "Aucune place n'est libre pour cette journée. Un·e administrateur·rice peut dépasser la capacité, en indiquant pourquoi.",
  },
  WRONG_STATUS: { status: 409, message: (about: string) => `Cette action ne s'applique pas à une inscription dans cet état${about}.` },
  RECENTLY_SENT: { status: 409, message: () => "La confirmation vient d'être envoyée : attendez quelques minutes avant de la renvoyer." },
  NO_RECIPIENTS: { status: 409, message: () => "Personne ne correspond à ces destinataires : aucun message n'a été envoyé." },
  FORM_TOO_FAST: { status: 400, message: () => "Le formulaire a été envoyé très vite : vérifiez vos informations, puis envoyez-le à nouveau." },
  FORM_REFUSED: { status: 400, message: () => "Votre inscription n'a pas pu être enregistrée. Rechargez la page et réessayez." },
  RATE_LIMITED: { status: 429, message: (about: string) => `Trop de demandes en peu de temps : réessayez dans quelques minutes${about}.` },
  EXPORT_FORMAT: { status: 400, message: (about: string) => `Cet export n'existe pas dans ce format : formats possibles${about}.` },
  CERTIFICATES_NOT_YET: {
    status: 409,
    message: (about: string) => `Les attestations de présence ne sont établies qu'une fois la journée commencée${about} : elles disent une présence, pas une inscription.`,
  },
  CERTIFICATE_SIGNATORY_MISSING: {
    status: 409,
    message: () =>
      "Les attestations de présence ne peuvent pas être établies sans signataire : un·e administrateur·rice indique son nom et sa fonction dans le formulaire de la journée (« Modifier la journée »).",
  },
  NO_CERTIFICATE: {
    status: 409,
    message: () =>
      "Pas d'attestation de présence pour cette inscription : elle n'est établie que pour une personne confirmée dont l'arrivée a été enregistrée pendant les heures d'ouverture de l'accueil de la journée.",
  },
  CERTIFICATES_DAY_NOT_OVER: {
    status: 409,
    message: (about: string) => `Les attestations de présence ne sont envoyées qu'une fois la journée terminée${about}.`,
  },
  CERTIFICATE_RECENTLY_SENT: { status: 409, message: () => "L'attestation vient d'être envoyée : attendez quelques minutes avant de la renvoyer." },
  // The questionnaire after the day (lib/questionnaire)
  QUESTIONNAIRE_LINK_INVALID: { status: 404, message: () => "Ce lien de questionnaire n'est pas valable : utilisez celui du dernier courriel reçu." },
  QUESTIONNAIRE_CLOSED: { status: 409, message: (about: string) => `Ce questionnaire est clos${about} : les réponses ne sont plus acceptées.` },
  QUESTIONNAIRE_NOT_READY: { status: 409, message: (about: string) => `Le questionnaire ne peut pas partir maintenant${about}.` },
  QUESTIONNAIRE_CLOSING_BEFORE_DAY: { status: 400, message: () => "La date de clôture du questionnaire doit suivre la fin de la journée." },
  // Reserved places and invitations (lib/invitations)
  RESERVED_PLACES_HELD: {
    status: 409,
    message: (about: string) => `Le public occupe déjà ces places : il n'en reste pas assez de libres pour les réserver${about}.`,
  },
  RESERVED_ABOVE_CAPACITY: { status: 400, message: (about: string) => `Les places réservées ne peuvent pas dépasser la capacité de la journée${about}.` },
  ALREADY_INVITED: { status: 409, message: (about: string) => `Cette personne est déjà invitée à cette journée${about}.` },
  INVITATION_STATE: { status: 409, message: (about: string) => `Cette invitation ne peut plus être modifiée ainsi${about}.` },
  INVITATION_EXPIRY: { status: 400, message: (about: string) => `La date limite de réponse doit être à venir, et avant la fin de la journée${about}.` },
  INVITATION_CLOSED: {
    status: 410,
    message: () => "Cette invitation n'est plus valable : elle a expiré, a été retirée ou a déjà reçu une réponse. Votre lien de gestion, reçu par email, reste valable si vous êtes inscrit·e.",
  },
  SPEAKER_WITHOUT_EMAIL: { status: 409, message: () => "Cet·te intervenant·e n'a pas d'adresse email : ajoutez-la sur sa fiche pour l'inviter." },
  NOTHING_TO_ANNOUNCE: { status: 409, message: () => "Aucun changement à annoncer : les participant·es ont déjà été prévenu·es." },

  // The door
  OUTSIDE_CHECK_IN_WINDOW: { status: 409, message: (about: string) => `L'accueil de cette journée est fermé à cette heure${about} : aucune arrivée n'est enregistrée.` },
  DOOR_CODES_LIMITED: { status: 429, message: (about: string) => `Trop de codes inconnus en peu de temps à l'accueil : réessayez dans quelques minutes${about}.` },
  ARRIVAL_IN_FUTURE: { status: 400, message: () => "Une arrivée ne peut pas être enregistrée à une heure qui n'est pas encore passée." },
  OPERATION_ID_TAKEN: { status: 409, message: () => "Cette opération porte un identifiant déjà utilisé : rechargez la page de l'accueil." },
  // Refused at the edge, before any lookup: PostgreSQL's text holds no NUL (lib/http/control-characters.ts).
  /** The detail says where (« caractères de contrôle dans l'adresse »); without one, what. */
  UNSAFE_TEXT: { status: 400, message: (about: string) => `La requête contient des caractères non autorisés${about || " (caractères de contrôle)"}.` },
  UNSAFE_ADDRESS: { status: 404, message: () => "Cette adresse n'existe pas : elle contient des caractères non autorisés." },
  INVALID_CALLBACK_URL: { status: 400, message: () => "Ce lien de connexion contient une adresse de retour invalide : demandez un nouveau lien depuis la page de connexion." },
  MALFORMED_URL: { status: 400, message: () => "Adresse invalide : elle contient des caractères mal encodés." },

  // The edges (lib/http/api-route.ts, lib/http/public-action.ts): what any request or form may meet.
  /** A zod parse that failed: answered with one French message per field (its `fieldErrors`). */
  INVALID_INPUT: { status: 400, message: () => "Certaines informations sont à corriger." },
  // A JSON body refused before it is parsed (lib/http/json-body.ts); thrown with the field "form".
  ORIGIN_REFUSED: { status: 403, message: () => "Requête refusée : elle vient d'un autre site." },
  BODY_TOO_LARGE: { status: 413, message: () => "La requête est trop volumineuse." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: () => "Le corps de la requête doit être envoyé en application/json." },
  NOT_JSON_OBJECT: { status: 400, message: () => "Le corps de la requête doit être un objet JSON." },
  NOT_JSON: { status: 400, message: () => "Le corps de la requête n'est pas du JSON valide." },
  // A file upload refused before it is read (lib/http/upload-body.ts).
  NOT_MULTIPART: { status: 415, message: () => "Le fichier doit être envoyé par le formulaire (multipart/form-data)." },
  MALFORMED_UPLOAD: { status: 400, message: () => "L'envoi du fichier est incomplet ou mal formé : réessayez." },
  // Addresses of the JSON API that lead nowhere. The first two answer `{ error }` without a code, as
  // they always have (e2e/api-events.spec.ts).
  NO_SUCH_EVENT: { status: 404, message: () => "Événement introuvable.", codeless: true },
  UNKNOWN_OFFER_ANSWER: { status: 404, message: () => "Réponse inconnue : utilisez accept ou decline.", codeless: true },
  SIGN_IN_ELSEWHERE: { status: 404, message: () => "Demandez un lien de connexion sur /admin/connexion." },
  /** Not an expected failure: a bug or a broken dependency, logged with its cause where it is caught. */
  UNEXPECTED: { status: 500, message: () => "Une erreur inattendue est survenue. Réessayez dans quelques instants." },
} satisfies Record<string, { status: number; message: (about: string) => string; codeless?: true }>;

export type AppErrorCode = keyof typeof ERRORS;

/**
 * Marks an AppError whatever copy of this module made it: Next.js bundles server actions and route
 * handlers apart, so an error made by one copy is not an `instanceof` the other's class.
 */
const APP_ERROR = Symbol.for("rencontres-ess.AppError");

/** An expected failure: a code of the table above, with optional extra words (e.g. an event's title). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Extra words for the message, e.g. the event's title or a count. */
    readonly detail?: string,
    /** The form field the failure is about, when there is one. */
    readonly field?: string,
  ) {
    super(appErrorMessage(code, detail));
    this.name = "AppError";
  }

  readonly [APP_ERROR] = true;

  /** For RATE_LIMITED: seconds before a new attempt may succeed (the Retry-After header). */
  retryAfterSeconds?: number;

  withRetryAfter(seconds: number): this {
    this.retryAfterSeconds = seconds;
    return this;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  /** Whether the JSON answer leaves the code out (`{ error }` alone). */
  get codeless(): boolean {
    return "codeless" in ERRORS[this.code];
  }

  /** For INVALID_INPUT: one French message per invalid field (lib/field-errors.ts). */
  fieldErrors?: Record<string, string>;

  withFieldErrors(errors: Record<string, string>): this {
    this.fieldErrors = errors;
    return this;
  }
}

export function appErrorMessage(code: AppErrorCode, detail?: string): string {
  return ERRORS[code].message(detail ? ` (${detail})` : "");
}

/** Whether `error` is an AppError (of any bundle's copy of this module), with this code if given. */
export const isAppError = (error: unknown, code?: AppErrorCode): error is AppError =>
  typeof error === "object" && error !== null && APP_ERROR in error && (code === undefined || (error as AppError).code === code);
