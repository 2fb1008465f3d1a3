import type { Metadata } from "next";
import { AnswersForm } from "@/components/manage/answers-form";
import { formatDateTime } from "@/lib/dates";
import { AppError, isAppError } from "@/lib/errors";
import { questionnaireForm, type QuestionnaireForm } from "@/lib/questionnaire/questionnaire-form";
import { answerFormValues } from "@/lib/questions/answers";
import { saveQuestionnaire } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Votre avis sur la journée", robots: { index: false, follow: false } };

async function load(token: string): Promise<QuestionnaireForm | null> {
  try {
    return await questionnaireForm({ token });
  } catch (error) {
    if (isAppError(error, "QUESTIONNAIRE_LINK_INVALID")) return null;
    throw error;
  }
}

export default async function QuestionnairePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await load(token);
  if (!form) {
    return (
      <div className="container">
        <header className="page-intro">
          <h1>Lien non valable</h1>
          <p className="lead">{new AppError("QUESTIONNAIRE_LINK_INVALID").message}</p>
        </header>
      </div>
    );
  }
  return (
    <div className="container">
      <header className="page-intro">
        <h1>{`Votre avis sur la journée : ${form.event.title}`}</h1>
        <p className="lead">
          Vos réponses sont anonymes : elles ne sont enregistrées ni avec votre nom ni avec votre adresse, et les organisateurs ne peuvent pas savoir qui a
          répondu quoi.
        </p>
        <p>
          {form.closed
            ? `Ce questionnaire est clos depuis le ${formatDateTime(form.closesAt)} : les réponses ne sont plus acceptées.`
            : `Vous pouvez modifier vos réponses avec ce lien jusqu'au ${formatDateTime(form.closesAt)}.`}
        </p>
      </header>
      {!form.closed && form.questions.length > 0 && (
        <AnswersForm action={saveQuestionnaire.bind(null, token, form.event.slug)} event={form.event} questions={form.questions} saved={answerFormValues(form.event.slug, form.answers)} headingLevel={2} />
      )}
    </div>
  );
}
