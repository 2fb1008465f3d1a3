import type { FieldGroup } from "./field-spec";

export const SPEAKER_GROUPS: FieldGroup[] = [
  {
    fields: [
      { name: "name", label: "Nom", type: "text", autoComplete: "off" },
      { name: "title", label: "Fonction", type: "text", optional: true, hint: "Par exemple : ministre délégué à l'économie sociale et solidaire." },
      { name: "email", label: "Adresse email", type: "email", optional: true, hint: "Pour l'inviter en un clic aux journées où elle ou il intervient ; jamais affichée au public." },
    ],
  },
];
