import "server-only";
import { attendeesExporter } from "./attendees-exporter";
import { cateringExporter } from "./catering-exporter";
import { securityListExporter } from "./security-list-exporter";
import type { ListExporter } from "./exporter";

/** Every exportable dataset, by the identifier of its URL: a new dataset is one exporter added here. */
export const EXPORTERS: Record<string, ListExporter> = {
  [attendeesExporter.id]: attendeesExporter,
  [cateringExporter.id]: cateringExporter,
  [securityListExporter.id]: securityListExporter,
};
