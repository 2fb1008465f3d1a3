import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { SPEAKER_GROUPS } from "@/components/admin/speaker-fields";
import { requireUser } from "@/lib/auth/require-user";
import { getSpeaker } from "@/lib/programme/list-speakers";
import { saveSpeakerAction } from "./actions";

export const metadata: Metadata = { title: "Intervenant·e" };

export default async function SpeakerPage({ params }: { params: Promise<{ speakerId: string }> }) {
  const { speakerId } = await params;
  await requireUser({ role: "ADMIN", from: `/admin/intervenants/${speakerId}` });
  const speaker = await getSpeaker(speakerId);
  if (!speaker) notFound();
  return (
    <AdminPage title={speaker.name} back={{ href: "/admin/intervenants", label: "Intervenant·es" }} narrow>
      <AdminForm
        action={saveSpeakerAction.bind(null, speaker.id)}
        groups={SPEAKER_GROUPS}
        initial={{ name: speaker.name, title: speaker.title ?? "", email: speaker.email ?? "" }}
        submitLabel="Enregistrer"
        errorTitle="L'intervenant·e n'a pas été enregistré·e"
      />
    </AdminPage>
  );
}
