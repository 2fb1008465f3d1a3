import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { PageFrame } from "@/components/page-frame";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = { title: "Page introuvable" };

/** The 404 of an address that no page matches (it is nobody's page: it wears the public frame). */
export default function NotFound() {
  return (
    <PageFrame header={<SiteHeader />} footer={<SiteFooter />}>
      <NotFoundContent />
    </PageFrame>
  );
}
