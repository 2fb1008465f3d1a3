import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = { title: "Page introuvable" };

/**
 * The 404 of a public page that finds nothing (an unknown day, a wrong manage link): inside the
 * public layout's frame, which already has the header, the main region and the footer.
 */
export default function PublicNotFound() {
  return <NotFoundContent />;
}
