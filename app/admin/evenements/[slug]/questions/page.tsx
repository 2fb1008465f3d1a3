import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { EventQuestions } from "@/components/admin/event-questions";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { listEventQuestions } from "@/lib/questions/list-questions";
import { addQuestionAction, moveQuestionAction } from "./actions";

export const metadata: Metadata = { title: "Questions" };

export default async function QuestionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ archivee?: string; supprimee?: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/questions" });
  const [questions, removed] = await Promise.all([listEventQuestions(event.id), searchParams]);

  return (
    <AdminPage
      title={`Questions : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les questions de la journée sont posées sous la journée dans le formulaire d'inscription, quand elle est choisie. Les participant·es peuvent modifier leurs réponses depuis leur lien de gestion."
    >
      {(removed.archivee || removed.supprimee) && (
        <p className="notice" role="status">
          {removed.archivee ? "Question archivée : elle n'est plus posée, ses réponses restent dans les exports." : "Question supprimée."}
        </p>
      )}
      <EventQuestions slug={slug} purpose="REGISTRATION" questions={questions} move={(questionId) => moveQuestionAction.bind(null, slug, questionId)} add={addQuestionAction.bind(null, slug)} />
    </AdminPage>
  );
}
