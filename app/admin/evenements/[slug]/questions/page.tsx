import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import { NEW_QUESTION_GROUPS, NEW_QUESTION_INITIAL } from "@/components/admin/question-fields";
import { ActionButton } from "@/components/ui/action-button";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { listEventQuestions } from "@/lib/questions/list-questions";
import { QUESTION_TYPE_SPECS, type AskedQuestion } from "@/lib/questions/question-types";
import { addQuestionAction, moveQuestionAction } from "./actions";

export const metadata: Metadata = { title: "Questions" };

function Summary({ question, answers }: { question: AskedQuestion; answers: number }) {
  const choices = question.choices.filter((choice) => !choice.archived);
  return (
    <p className="table__secondary">
      {QUESTION_TYPE_SPECS[question.type].label}
      {question.required ? ", obligatoire" : ", facultative"}
      {question.sensitive && ", données sensibles"}
      {` · identifiant ${question.key} · ${answers} réponse${answers > 1 ? "s" : ""}`}
      {choices.length > 0 && ` · choix : ${choices.map((choice) => choice.label).join(" ; ")}`}
    </p>
  );
}

export default async function QuestionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ archivee?: string; supprimee?: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/questions" });
  const [questions, removed] = await Promise.all([listEventQuestions(event.id), searchParams]);
  const asked = questions.filter((question) => !question.archived);
  const archived = questions.filter((question) => question.archived);

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
      <section aria-labelledby="posees" className="section">
        <h2 id="posees">Questions posées</h2>
        {asked.length === 0 ? (
          <p>Aucune question pour l&apos;instant.</p>
        ) : (
          <ol className="question-list">
            {asked.map((question, index) => (
              <li key={question.id}>
                <p>
                  <strong>{question.label}</strong>
                </p>
                <Summary question={question} answers={question.answers} />
                <div className="button-row">
                  <Link className="button button--secondary" href={`/admin/evenements/${slug}/questions/${question.id}`}>
                    Modifier ou supprimer<span className="visually-hidden"> « {question.label} »</span>
                  </Link>
                  {index > 0 && <ActionButton action={moveQuestionAction.bind(null, slug, question.id)} hidden={{ direction: "up" }} label={`Monter « ${question.label} »`} />}
                  {index < asked.length - 1 && (
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
          action={addQuestionAction.bind(null, slug)}
          groups={NEW_QUESTION_GROUPS}
          initial={NEW_QUESTION_INITIAL}
          submitLabel="Ajouter la question"
          errorTitle="La question n'a pas été ajoutée"
        />
      </section>

      {archived.length > 0 && (
        <section aria-labelledby="archivees" className="section">
          <h2 id="archivees">Questions archivées</h2>
          <p>Elles ne sont plus posées ; leurs réponses restent dans les exports, marquées « question archivée ».</p>
          <ul>
            {archived.map((question) => (
              <li key={question.id}>
                <strong>{question.label}</strong>
                <Summary question={question} answers={question.answers} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </AdminPage>
  );
}
