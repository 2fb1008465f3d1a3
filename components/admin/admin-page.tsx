import Link from "next/link";
import type { ReactNode } from "react";

interface AdminPageProps {
  title: ReactNode;
  /** The page one came from, shown above the title as « ← label ». */
  back?: { href: string; label: ReactNode };
  /** A sentence under the title saying what the page is for. */
  lead?: ReactNode;
  /** Other content of the page's introduction, under the title (a status tag). */
  intro?: ReactNode;
  /** Forms and single records read better in a narrower column than lists and tables. */
  narrow?: boolean;
  /** For a page used phone in hand (the door): a smaller title, close to what follows. */
  compact?: boolean;
  children: ReactNode;
}

/** The frame of a back-office page: the way back, the title and what the page is for, then its content. */
export function AdminPage({ title, back, lead, intro, narrow = false, compact = false, children }: AdminPageProps) {
  return (
    <div className={narrow ? "container container--narrow" : "container"}>
      {back && (
        <p className="back-link">
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
      <header className={compact ? "page-intro page-intro--compact" : "page-intro"}>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {intro}
      </header>
      {children}
    </div>
  );
}
