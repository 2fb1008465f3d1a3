/** Every action the audit journal records, with how the journal names it in French. */
export const AUDIT_ACTIONS = {
  "event.created": "Journée créée",
  "event.updated": "Journée modifiée",
  "event.status.changed": "Publication ou inscriptions modifiées",
  "event.capacity.changed": "Capacité modifiée",
  "event.schedule.changed": "Date, horaires ou lieu modifiés",
  "programme.item.created": "Séquence ajoutée",
  "programme.item.updated": "Séquence modifiée",
  "programme.item.moved": "Séquence déplacée",
  "programme.item.deleted": "Séquence supprimée",
  "programme.speaker.linked": "Intervenant·e ajouté·e à une séquence",
  "programme.speaker.unlinked": "Intervenant·e retiré·e d'une séquence",
  "programme.speaker.confirmed": "Intervenant·e confirmé·e",
  "programme.change.announced": "Changements annoncés aux participant·es",
  "question.created": "Question ajoutée à une journée",
  "question.updated": "Question modifiée",
  "question.moved": "Question déplacée",
  "question.archived": "Question archivée (ses réponses sont gardées)",
  "question.deleted": "Question supprimée (sans réponses)",
  "question.choice.removed": "Choix retiré d'une question",
  "document.added": "Document ajouté",
  "document.published": "Document publié",
  "document.unpublished": "Document retiré du site public",
  "document.removed": "Document supprimé",
  "speaker.created": "Intervenant·e créé·e",
  "speaker.updated": "Intervenant·e modifié·e",
  "edition.texts.updated": "Textes de la série modifiés (titre, thème, à propos, réseaux, pied de page)",
  "edition.prepared": "Édition suivante préparée (copie en brouillon)",
  "edition.published": "Édition publiée : elle devient l'édition en cours",
  "edition.made-current": "Édition passée redevenue l'édition en cours",
  "user.invited": "Compte invité",
  "user.updated": "Compte modifié",
  "user.deactivated": "Compte désactivé",
  "user.reactivated": "Compte réactivé",
  "export.created": "Export téléchargé",
  "registration.created": "Inscription par le formulaire",
  "registration.joined-by-link": "Journée ajoutée par la personne (lien reçu par email)",
  "registration.cancelled": "Inscription annulée par l'organisation",
  "registration.cancelled.by-attendee": "Inscription annulée par la personne",
  "registration.offer.accepted": "Place proposée acceptée",
  "registration.offer.declined": "Place proposée refusée",
  "registration.offer.expired": "Place proposée non acceptée à temps",
  "registration.hold.expired": "Adresse non confirmée à temps : place libérée",
  "registration.waitlist.offered": "Place proposée par la liste d'attente",
  "registration.waitlist.confirmed": "Place confirmée par la liste d'attente",
  "registration.offered": "Place proposée par l'organisation",
  "registration.confirmed": "Inscription confirmée par l'organisation",
  "registration.confirmation.resent": "Confirmation renvoyée",
  "registration.note.changed": "Note interne modifiée",
  "email.retried": "Email en échec renvoyé",
  "message.sent": "Message envoyé aux participant·es",
  "registration.checked-in": "Arrivée enregistrée à l'accueil",
  "registration.check-in.undone": "Arrivée annulée à l'accueil",
  "registration.walk-in": "Inscription sur place",
  "registration.walk-in.known-address": "Ajout sur place d'une adresse déjà connue (lien envoyé à l'adresse)",
  "registration.check-in.corrected": "Arrivée enregistrée ou corrigée par un·e administrateur·rice",
  "door.unknown-codes.limited": "Trop de codes inconnus à l'accueil : codes refusés quelques minutes",
  "event.security-list.frozen": "Liste de sécurité figée",
  "personal-data.retention.applied": "Données personnelles anonymisées (fin de la durée de conservation)",
  "attendee.updated": "Coordonnées modifiées par la personne",
  "registration.answers.updated": "Réponses aux questions modifiées par la personne",
  "attendee.manage-link.renewed": "Lien de gestion renouvelé par la personne",
  "attendee.email.confirmed": "Adresse email confirmée par la personne",
  "door.operations.purged": "Anciennes opérations de l'accueil effacées",
  "attendee.exported": "Données d'une personne exportées",
  "attendee.erased": "Données d'une personne effacées à sa demande",
  "registration.certificate.sent": "Attestation de présence envoyée par email",
  "registration.certificate.resent": "Attestation de présence (r)envoyée par l'organisation",
  "event.certificates.sent": "Attestations de présence envoyées par l'organisation",
  "event.reserved-places.changed": "Places réservées modifiées",
  "event.reserved-places.released": "Places réservées non prises libérées pour le public",
  "invitation.sent": "Invitation envoyée",
  "invitation.resent": "Invitation renvoyée",
  "invitation.withdrawn": "Invitation retirée",
  "invitation.accepted": "Invitation acceptée par la personne",
  "registration.invitation.accepted": "Invitation acceptée par une personne déjà inscrite : rôle donné, place réservée",
  "invitation.declined": "Invitation déclinée par la personne",
  "invitation.expired": "Invitation expirée sans réponse",
  "invitation.reminded": "Rappel d'invitation envoyé",
  "event.questionnaire.updated": "Questionnaire de la journée modifié (activation, clôture)",
  "registration.questionnaire.sent": "Questionnaire envoyé après la journée",
  "event.questionnaire.sent": "Questionnaire envoyé maintenant par l'organisation",
  "registration.questionnaire.reminded": "Rappel du questionnaire envoyé",
  "questionnaire.response.created": "Réponse anonyme au questionnaire",
  "questionnaire.response.updated": "Réponse anonyme au questionnaire modifiée",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The entries that say a registration was made, or cancelled (by anyone, for any reason). */
export const REGISTERED_ACTIONS: readonly AuditAction[] = ["registration.created", "registration.joined-by-link", "registration.walk-in"];
export const CANCELLED_ACTIONS: readonly AuditAction[] = [
  "registration.cancelled",
  "registration.cancelled.by-attendee",
  "registration.offer.declined",
  "registration.offer.expired",
  "registration.hold.expired",
];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);

/** The app's jobs as the journal names them (an entry's label keeps the job's code: « système (retention) »). */
const SYSTEM_JOBS: Record<string, string> = {
  "expire-offers": "fin du délai des places proposées",
  "expire-holds": "fin du délai de confirmation d'adresse",
  "waiting-list": "liste d'attente",
  "security-list": "liste de sécurité",
  retention: "durée de conservation",
  "purge-door-operations": "nettoyage de l'accueil",
  "release-reserved-places": "libération des places réservées",
  invitations: "suivi des invitations",
  "invitation-link": "la personne invitée, par son lien",
  "send-questionnaires": "envoi du questionnaire après la journée",
  "send-questionnaire-reminders": "rappel du questionnaire",
  "questionnaire-anonymous-answer": "réponse anonyme au questionnaire",
};

/** Who acted, as the journal shows it in French: an account's address, the person themself, or the app. */
export function actorName({ actorKind, actorLabel }: { actorKind: string; actorLabel: string }): string {
  if (actorKind === "ATTENDEE") return "La personne elle-même";
  if (actorKind === "SYSTEM") {
    const job = /^système \((.*)\)$/.exec(actorLabel)?.[1];
    return job ? `Système (${SYSTEM_JOBS[job] ?? job})` : "Système";
  }
  return actorLabel;
}
