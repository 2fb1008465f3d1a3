import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import type { FieldGroup } from "@/components/admin/field-spec";
import { NEW_QUESTION_GROUPS, NEW_QUESTION_INITIAL } from "@/components/admin/question-fields";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime, toParisIsoLocal } from "@/lib/dates";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { listEventQuestions } from "@/lib/questions/list-questions";
import { QUESTION_TYPE_SPECS } from "@/lib/questions/question-types";
import { questionnaireClosesAt } from "@/lib/questions/questionnaire-closing";
import { moveQuestionAction } from "../questions/actions";
import { addFeedbackQuestionAction, updateQuestionnaireAction } from "./actions";

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
  const questions = (await listEventQuestions(event.id, "FEEDBACK")).filter((question) => !question.archived);

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
        <p>{`Réponses acceptées jusqu'au ${formatDateTime(questionnaireClosesAt(event))}.`}</p>
        <AdminForm
          action={updateQuestionnaireAction.bind(null, slug)}
          groups={SETTINGS}
          initial={{ enabled: event.questionnaireEnabled ? "oui" : "non", closesAt: event.questionnaireClosesAt ? toParisIsoLocal(event.questionnaireClosesAt) : "" }}
          submitLabel="Enregistrer"
          errorTitle="Le questionnaire n'a pas été modifié"
        />
      </section>

      <section aria-labelledby="questions" className="section">
        <h2 id="questions">Questions du questionnaire</h2>
        {questions.length === 0 ? (
          <p>Aucune question pour l&apos;instant : le questionnaire n&apos;est envoyé qu&apos;avec au moins une question.</p>
        ) : (
          <ol className="question-list">
            {questions.map((question, index) => (
              <li key={question.id}>
                <p>
                  <strong>{question.label}</strong>
                </p>
                <p className="table__secondary">
                  {QUESTION_TYPE_SPECS[question.type].label}
                  {question.required ? ", obligatoire" : ", facultative"}
                  {` · ${question.answers} réponse${question.answers > 1 ? "s" : ""}`}
                </p>
                <div className="button-row">
                  <Link className="button button--secondary" href={`/admin/evenements/${slug}/questions/${question.id}`}>
                    Modifier ou supprimer<span className="visually-hidden"> « {question.label} »</span>
                  </Link>
                  {index > 0 && <ActionButton action={moveQuestionAction.bind(null, slug, question.id)} hidden={{ direction: "up" }} label={`Monter « ${question.label} »`} />}
                  {index < questions.length - 1 && (
                    <ActionButton action={moveQuestionAction.bind(null, slug, question.id)} hidden={{ direction: "down" }} label={`Descendre « ${question.label} »`} />
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="ajouter" className="section">
        <h2 id="ajouter">Ajouter une question</h2>
        <AdminForm
          action={addFeedbackQuestionAction.bind(null, slug)}
          groups={NEW_QUESTION_GROUPS}
          initial={NEW_QUESTION_INITIAL}
          submitLabel="Ajouter la question"
          errorTitle="La question n'a pas été ajoutée"
        />
      </section>
    </AdminPage>
  );
}
