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
  "speaker.created": "Intervenant·e créé·e",
  "speaker.updated": "Intervenant·e modifié·e",
  "user.invited": "Compte invité",
  "user.updated": "Compte modifié",
  "user.deactivated": "Compte désactivé",
  "user.reactivated": "Compte réactivé",
  "export.created": "Export téléchargé",
  "registration.cancelled": "Inscription annulée par l'organisation",
  "registration.offered": "Place proposée par l'organisation",
  "registration.confirmed": "Inscription confirmée par l'organisation",
  "registration.confirmation.resent": "Confirmation renvoyée",
  "registration.note.changed": "Note interne modifiée",
  "email.retried": "Email en échec renvoyé",
  "message.sent": "Message envoyé aux participant·es",
  "registration.checked-in": "Arrivée enregistrée à l'accueil",
  "registration.check-in.undone": "Arrivée annulée à l'accueil",
  "registration.walk-in": "Inscription sur place",
  "event.security-list.frozen": "Liste de sécurité figée",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);
