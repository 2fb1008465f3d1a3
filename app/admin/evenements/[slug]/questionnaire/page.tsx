import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import type { FieldGroup } from "@/components/admin/field-spec";
import { EventQuestions } from "@/components/admin/event-questions";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime, toParisIsoLocal } from "@/lib/dates";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { listEventQuestions } from "@/lib/questions/list-questions";
import { questionnaireSending } from "@/lib/questionnaire/send-questionnaire-now";
import { questionnaireClosesAt } from "@/lib/questions/questionnaire-closing";
import { moveQuestionAction } from "../questions/actions";
import { addFeedbackQuestionAction, sendQuestionnaireNowAction, updateQuestionnaireAction } from "./actions";

export const metadata: Metadata = { title: "Questionnaire" };

const SETTINGS: FieldGroup[] = [
  {
    fields: [
      {
        name: "enabled",
        label: "Envoyer le questionnaire après la journée",
        type: "radio",
        options: [
          { value: "non", label: "Non" },
          { value: "oui", label: "Oui" },
        ],
        hint: "Le lendemain de la journée, à l'heure d'envoi des attestations, chaque personne dont l'arrivée a été enregistrée reçoit un lien personnel.",
      },
      { name: "closesAt", label: "Clôture des réponses", type: "datetime-local", optional: true, hint: "Heure de Paris. Si vide : deux semaines après la journée. Un rappel part trois jours avant." },
    ],
  },
];

export default async function QuestionnairePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/questionnaire" });
  const [questions, sending] = await Promise.all([listEventQuestions(event.id, "FEEDBACK"), questionnaireSending({ eventId: event.id })]);
  const plural = (count: number) => (count > 1 ? "s" : "");

  return (
    <AdminPage
      title={`Questionnaire : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Un court questionnaire envoyé après la journée aux personnes venues. Les réponses sont anonymes : elles ne sont liées à personne, ni dans les pages ni dans les exports."
    >
      <p>
        <Link href={`/admin/evenements/${slug}/questionnaire/resultats`}>Voir les résultats</Link>
      </p>
      <section aria-labelledby="envoi" className="section">
        <h2 id="envoi">Envoi</h2>
        <p>{`Réponses acceptées jusqu'au ${formatDateTime(questionnaireClosesAt(event))}. Envoyé à ${sending.sent} personne${plural(sending.sent)} à ce jour.`}</p>
        {sending.awaiting > 0 && (
          <>
            <p>
              {`${sending.awaiting} personne${plural(sending.awaiting)} présente${plural(sending.awaiting)} ne l'${sending.awaiting > 1 ? "ont" : "a"} pas encore reçu. `}
              {sending.refusal ? sending.refusal.message : "Il part le lendemain de la journée, ou dès maintenant (pendant la clôture, par exemple) :"}
            </p>
            {!sending.refusal && <ActionButton action={sendQuestionnaireNowAction.bind(null, slug)} label="Envoyer le questionnaire maintenant" variant="primary" />}
          </>
        )}
        <AdminForm
          action={updateQuestionnaireAction.bind(null, slug)}
          groups={SETTINGS}
          initial={{ enabled: event.questionnaireEnabled ? "oui" : "non", closesAt: event.questionnaireClosesAt ? toParisIsoLocal(event.questionnaireClosesAt) : "" }}
          submitLabel="Enregistrer"
          errorTitle="Le questionnaire n'a pas été modifié"
        />
      </section>

      <EventQuestions slug={slug} purpose="FEEDBACK" questions={questions} move={(questionId) => moveQuestionAction.bind(null, slug, questionId)} add={addFeedbackQuestionAction.bind(null, slug)} />
    </AdminPage>
  );
}
