import type { ReactNode } from "react";

/** Skip link, header, the main region the skip link focuses, footer: the frame of every page. */
export function PageFrame({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      {header}
      {/* Focusable so that the skip link moves keyboard focus, not only the scroll position. */}
      <main id="contenu" tabIndex={-1} className="site-main">
        {children}
      </main>
      {footer}
    </>
  );
}
