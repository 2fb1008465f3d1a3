import { PROGRAMME_KIND_LABELS } from "@/lib/programme/kind-labels";
import { PROGRAMME_ITEM_KINDS } from "@/lib/programme/schema";
import type { FieldGroup } from "./field-spec";

/** The fields of a programme item (names of programmeItemInputSchema). */
export const PROGRAMME_ITEM_GROUPS: FieldGroup[] = [
  {
    fields: [
      { name: "kind", label: "Type de séquence", type: "select", options: PROGRAMME_ITEM_KINDS.map((kind) => ({ value: kind, label: PROGRAMME_KIND_LABELS[kind] })) },
      { name: "title", label: "Titre", type: "text" },
      { name: "startTime", label: "Début", type: "time" },
      { name: "endTime", label: "Fin", type: "time", optional: true },
      { name: "description", label: "Description", type: "textarea", rows: 3, optional: true },
    ],
  },
];
