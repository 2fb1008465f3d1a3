import type { Metadata } from "next";
import Link from "next/link";
import { PageFrame } from "@/components/page-frame";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = { title: "Page introuvable" };

/** The 404 of the whole site (an unknown address is nobody's page: it wears the public frame). */
export default function NotFound() {
  return (
    <PageFrame header={<SiteHeader />} footer={<SiteFooter />}>
      <div className="container">
        <header className="page-intro">
          <h1>Page introuvable</h1>
          <p className="lead">La page que vous cherchez n&apos;existe pas ou n&apos;est plus en ligne.</p>
        </header>
        <p>
          <Link href="/">Retour à l&apos;accueil</Link>
        </p>
      </div>
    </PageFrame>
  );
}
