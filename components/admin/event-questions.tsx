import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { NEW_QUESTION_INITIAL, newQuestionGroups, questionHidden } from "@/components/admin/question-fields";
import { ActionButton } from "@/components/ui/action-button";
import type { FormAction } from "@/lib/form-state";
import { QUESTION_TYPE_SPECS, type AskedQuestion, type QuestionPurpose } from "@/lib/questions/question-types";

type ListedQuestion = AskedQuestion & { answers: number };

const LIST: Record<QuestionPurpose, { id: string; heading: string; empty: string }> = {
  REGISTRATION: { id: "posees", heading: "Questions posées", empty: "Aucune question pour l'instant." },
  FEEDBACK: { id: "questions", heading: "Questions du questionnaire", empty: "Aucune question pour l'instant : le questionnaire n'est envoyé qu'avec au moins une question." },
};

function Summary({ question, purpose }: { question: ListedQuestion; purpose: QuestionPurpose }) {
  const choices = question.choices.filter((choice) => !choice.archived);
  return (
    <p className="table__secondary">
      {QUESTION_TYPE_SPECS[question.type].label}
      {question.required ? ", obligatoire" : ", facultative"}
      {purpose === "REGISTRATION" && question.sensitive && ", données sensibles"}
      {` · identifiant ${question.key} · ${question.answers} réponse${question.answers > 1 ? "s" : ""}`}
      {choices.length > 0 && ` · choix : ${choices.map((choice) => choice.label).join(" ; ")}`}
    </p>
  );
}

/**
 * A day's questions of one purpose (the registration form's, or the questionnaire's after the
 * day): in order, each to edit or move, then the form that adds one; for the registration form, the
 * archived ones too. `move` binds the move action to a question; `add` adds one of this purpose.
 */
export function EventQuestions({ slug, purpose, questions, move, add }: { slug: string; purpose: QuestionPurpose; questions: ListedQuestion[]; move: (questionId: string) => FormAction; add: FormAction }) {
  const asked = questions.filter((question) => !question.archived);
  const archived = purpose === "REGISTRATION" ? questions.filter((question) => question.archived) : [];
  const list = LIST[purpose];
  return (
    <>
      <section aria-labelledby={list.id} className="section">
        <h2 id={list.id}>{list.heading}</h2>
        {asked.length === 0 ? (
          <p>{list.empty}</p>
        ) : (
          <ol className="question-list">
            {asked.map((question, index) => (
              <li key={question.id}>
                <p>
                  <strong>{question.label}</strong>
                </p>
                <Summary question={question} purpose={purpose} />
                <div className="button-row">
                  <Link className="button button--secondary" href={`/admin/evenements/${slug}/questions/${question.id}`}>
                    Modifier ou supprimer<span className="visually-hidden"> « {question.label} »</span>
                  </Link>
                  {index > 0 && <ActionButton action={move(question.id)} hidden={{ direction: "up" }} label={`Monter « ${question.label} »`} />}
                  {index < asked.length - 1 && <ActionButton action={move(question.id)} hidden={{ direction: "down" }} label={`Descendre « ${question.label} »`} />}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="ajouter" className="section">
        <h2 id="ajouter">Ajouter une question</h2>
        <AdminForm
          action={add}
          groups={newQuestionGroups(purpose)}
          initial={NEW_QUESTION_INITIAL}
          hidden={questionHidden(purpose)}
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
                <Summary question={question} purpose={purpose} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
