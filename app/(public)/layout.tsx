import { PageFrame } from "@/components/page-frame";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

/** What attendees see: the public header and footer around every page. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <PageFrame header={<SiteHeader />} footer={<SiteFooter />}>
      {children}
    </PageFrame>
  );
}
