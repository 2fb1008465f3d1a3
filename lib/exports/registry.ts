import "server-only";
import { attendeesExporter } from "./attendees-exporter";
import { badgesExporter } from "./badges-exporter";
import { cateringExporter } from "./catering-exporter";
import { certificatesExporter } from "./certificates-exporter";
import { questionnaireExporter } from "./questionnaire-exporter";
import { securityListChangesExporter, securityListExporter } from "./security-list-exporter";
import { signInSheetExporter } from "./sign-in-sheet-exporter";
import type { ListExporter } from "./exporter";

/** Every exportable dataset, by the identifier of its URL: a new dataset is one exporter added here. */
export const EXPORTERS: Record<string, ListExporter> = Object.fromEntries(
  [attendeesExporter, cateringExporter, securityListExporter, securityListChangesExporter, signInSheetExporter, badgesExporter, certificatesExporter, questionnaireExporter].map(
    (exporter) => [exporter.id, exporter],
  ),
);
