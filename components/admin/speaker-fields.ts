import type { FieldGroup } from "./field-spec";

export const SPEAKER_GROUPS: FieldGroup[] = [
  {
    fields: [
      { name: "name", label: "Nom", type: "text", autoComplete: "off" },
      { name: "title", label: "Fonction", type: "text", optional: true, hint: "Par exemple : ministre délégué à l'économie sociale et solidaire." },
    ],
  },
];
