import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import { questionEditGroups, questionEditValues, questionHidden } from "@/components/admin/question-fields";
import { ActionButton } from "@/components/ui/action-button";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { getEventQuestion } from "@/lib/questions/list-questions";
import { QUESTION_TYPE_SPECS } from "@/lib/questions/question-types";
import { removeChoiceAction, removeQuestionAction, saveQuestionAction } from "./actions";

export const metadata: Metadata = { title: "Question" };

export default async function QuestionPage({ params }: { params: Promise<{ slug: string; questionId: string }> }) {
  const { slug, questionId } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: `/questions/${questionId}` });
  const question = await getEventQuestion(event.id, questionId.slice(0, 100));
  if (!question || question.archived) notFound();
  const choices = question.choices.filter((choice) => !choice.archived);
  const answered = question.answers > 0;

  return (
    <AdminPage
      title={question.label}
      back={
        question.purpose === "FEEDBACK"
          ? { href: `/admin/evenements/${slug}/questionnaire`, label: `Questionnaire : ${event.title}` }
          : { href: `/admin/evenements/${slug}/questions`, label: `Questions : ${event.title}` }
      }
      lead={`${QUESTION_TYPE_SPECS[question.type].label} · identifiant ${question.key} · ${question.answers} réponse${question.answers > 1 ? "s" : ""}. Le type et l'identifiant ne changent pas : les réponses en dépendent.`}
      narrow
    >
      <section aria-labelledby="question" className="section">
        <h2 id="question">La question</h2>
        <AdminForm
          action={saveQuestionAction.bind(null, slug, question.id)}
          groups={questionEditGroups(question, question.purpose)}
          initial={questionEditValues(question)}
          hidden={questionHidden(question.purpose)}
          submitLabel="Enregistrer la question"
          errorTitle="La question n'a pas été enregistrée"
        />
      </section>

      {choices.length > 0 && (
        <section aria-labelledby="retirer-choix" className="section">
          <h2 id="retirer-choix">Retirer un choix</h2>
          <p>
            {answered
              ? "Attention : cette question a déjà des réponses. Un choix retiré n'est plus proposé, mais les réponses qui l'avaient choisi le gardent (marqué « choix retiré » dans les exports)."
              : "Personne n'a encore répondu : un choix retiré est supprimé."}{" "}
            Une question à choix garde au moins deux choix.
          </p>
          <ul className="question-list">
            {choices.map((choice) => (
              <li key={choice.key}>
                <ActionButton action={removeChoiceAction.bind(null, slug, question.id, choice.key)} label={`Retirer « ${choice.label} »`} variant="danger" />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="supprimer" className="section">
        <h2 id="supprimer">Supprimer la question</h2>
        {answered ? (
          <p className="notice" role="note">
            {`Attention : ${question.answers} personne${question.answers > 1 ? "s ont" : " a"} déjà répondu. La question sera archivée : elle ne sera plus posée, et ses réponses resteront dans les exports, marquées « question archivée ».`}
          </p>
        ) : (
          <p>Personne n&apos;a encore répondu : la question sera supprimée.</p>
        )}
        <ActionButton action={removeQuestionAction.bind(null, slug, question.id)} label={answered ? "Archiver la question" : "Supprimer la question"} variant="danger" />
      </section>
    </AdminPage>
  );
}
