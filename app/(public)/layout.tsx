import { PageFrame } from "@/components/page-frame";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCurrentEdition } from "@/lib/editions/get-current-edition";

/** What attendees see: the public header and footer (the current edition's lines) around every page. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const edition = await getCurrentEdition();
  return (
    <PageFrame header={<SiteHeader />} footer={<SiteFooter edition={edition} />}>
      {children}
    </PageFrame>
  );
}
