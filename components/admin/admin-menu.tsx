"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * « Menu », shown on a phone only (see globals.css): a native disclosure, so it opens by keyboard
 * and without JavaScript. The header outlives a move to another page, so the menu folds again then.
 */
export function AdminMenu({ controls }: { controls: string }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);
  return (
    <details ref={details} className="admin-menu">
      <summary className="admin-menu__toggle" aria-controls={controls}>
        Menu
      </summary>
    </details>
  );
}
