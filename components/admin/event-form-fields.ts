import { EVENT_KINDS, EVENT_KIND_LABELS, WAITLIST_MODES, WAITLIST_MODE_LABELS } from "@/lib/events/schema";
import type { FieldGroup } from "./field-spec";

/** The fields of an event, for the create and edit forms (names of eventInputSchema). */
export const EVENT_FORM_GROUPS: FieldGroup[] = [
  {
    title: "La journée",
    fields: [
      { name: "title", label: "Titre", type: "text" },
      { name: "slug", label: "Adresse de la page", type: "text", hint: "Dans l'adresse /evenements/…, par exemple journee-nantes. Elle devient définitive dès la publication de la journée ou sa première inscription." },
      { name: "kind", label: "Type de journée", type: "radio", options: EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_LABELS[kind] })) },
      { name: "region", label: "Région", type: "text", optional: true },
      { name: "summary", label: "Présentation", type: "textarea", rows: 4 },
    ],
  },
  {
    title: "Date et lieu",
    fields: [
      { name: "date", label: "Date", type: "date" },
      { name: "startTime", label: "Heure de début", type: "time" },
      { name: "endTime", label: "Heure de fin", type: "time" },
      { name: "venue", label: "Lieu", type: "text", optional: true, hint: "Par exemple : Assemblée nationale, salle Victor Hugo." },
      { name: "address", label: "Adresse", type: "text", optional: true },
      { name: "city", label: "Ville", type: "text" },
      { name: "host", label: "Collectivité qui accueille", type: "text", optional: true },
    ],
  },
  {
    title: "Inscriptions",
    fields: [
      {
        name: "capacity",
        label: "Capacité (nombre de places)",
        type: "number",
        hint: "L'augmenter propose aussitôt les nouvelles places à la liste d'attente ; elle ne peut pas descendre sous le nombre de places déjà attribuées.",
      },
      { name: "registrationOpensAt", label: "Ouverture des inscriptions", type: "datetime-local", optional: true, hint: "Vide : dès la publication." },
      { name: "registrationClosesAt", label: "Clôture des inscriptions", type: "datetime-local", optional: true, hint: "Vide : au début de la journée." },
      {
        name: "securityListCutoffAt",
        label: "Arrêt de la liste de sécurité",
        type: "datetime-local",
        optional: true,
        hint: "La liste envoyée au lieu est figée à cette heure ; les arrivées et départs suivants forment la liste des ajouts tardifs. Vide : pas d'arrêt.",
      },
      {
        name: "waitlistMode",
        label: "Quand une place se libère",
        type: "radio",
        options: WAITLIST_MODES.map((mode) => ({ value: mode, label: WAITLIST_MODE_LABELS[mode] })),
      },
      { name: "offerHours", label: "Validité d'une place proposée (heures)", type: "number" },
      {
        name: "emailConfirmationHours",
        label: "Confirmation de l'adresse email (heures, 0 : non demandée)",
        type: "number",
        hint: "Une nouvelle adresse garde sa place ce nombre d'heures, le temps d'utiliser le lien reçu par email ; sans confirmation, la place revient à la liste d'attente.",
      },
      {
        name: "retentionMonths",
        label: "Conservation des données personnelles (mois après la journée)",
        type: "number",
        hint: "Ensuite, les données des participant·es sont anonymisées ; les chiffres restent.",
      },
      { name: "reminderDaysBefore", label: "Rappel envoyé combien de jours avant (0 : aucun)", type: "number" },
      { name: "replyTo", label: "Adresse de réponse des organisateurs", type: "email", optional: true, hint: "Les participant·es qui répondent à un email de la journée écrivent à cette adresse." },
    ],
  },
  {
    title: "Attestations de présence",
    fields: [
      {
        name: "certificateSignatoryName",
        label: "Signataire des attestations (prénom et nom)",
        type: "text",
        optional: true,
        hint: "Les attestations nomment les réseaux qui organisent les Rencontres et la personne qui les signe pour eux. Vide : pas d'attestation.",
      },
      { name: "certificateSignatoryTitle", label: "Fonction du ou de la signataire", type: "text", optional: true, hint: "Par exemple : vice-présidente du conseil régional, chargée de l'ESS." },
      {
        name: "certificatesByEmail",
        label: "Envoyer les attestations par email",
        type: "radio",
        options: [
          { value: "oui", label: "Oui, le lendemain matin, à chaque personne dont l'arrivée a été enregistrée pendant la journée" },
          { value: "non", label: "Non (l'organisation peut toujours les envoyer depuis la page de la journée)" },
        ],
      },
      { name: "certificatesEmailTime", label: "Heure d'envoi, le lendemain de la journée", type: "time", hint: "Heure de Paris, par exemple 09:00." },
    ],
  },
];

/** What the create form shows first. */
export const NEW_EVENT_VALUES = {
  kind: "REGIONAL",
  startTime: "09:30",
  endTime: "17:00",
  capacity: "100",
  waitlistMode: "OFFER",
  offerHours: "48",
  emailConfirmationHours: "0",
  reminderDaysBefore: "2",
  retentionMonths: "6",
  certificatesByEmail: "oui",
  certificatesEmailTime: "09:00",
};

/** The hint of a day's address once it is fixed (lib/events/day-slug-locked.ts). */
const LOCKED_SLUG_HINT =
  "Adresse définitive : la journée est publiée ou a déjà des inscrit·es, et les liens envoyés par email doivent toujours mener à elle. Pour une autre adresse, créez une autre journée.";

/** The edit form's fields: the day's address read-only once it is fixed. */
export const editEventFormGroups = (slugLocked: boolean): FieldGroup[] =>
  slugLocked
    ? EVENT_FORM_GROUPS.map((group) => ({
        ...group,
        fields: group.fields.map((field) => (field.name === "slug" && field.type === "text" ? { ...field, readOnly: true, hint: LOCKED_SLUG_HINT } : field)),
      }))
    : EVENT_FORM_GROUPS;
