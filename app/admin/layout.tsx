import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { PageFrame } from "@/components/page-frame";
import { currentUser } from "@/lib/auth/require-user";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Espace des organisateurs", template: "%s · Espace des organisateurs · Rencontres ESS" },
  robots: { index: false, follow: false },
};

/**
 * The back office's frame. Showing the user here is for display only: every page and action
 * checks who asks by itself (requireUser), as a layout is not re-run for every request.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <PageFrame header={<AdminHeader user={user} signOut={signOutAction} />} footer={null}>
      {children}
    </PageFrame>
  );
}
