import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { BarChart } from "@/components/admin/bar-chart";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { questionnaireResults } from "@/lib/questionnaire/questionnaire-results";

export const metadata: Metadata = { title: "Résultats du questionnaire" };

export default async function QuestionnaireResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { page: "/questionnaire/resultats" });
  const results = await questionnaireResults(event.id);
  const exportUrl = `/api/admin/events/${slug}/exports/questionnaire`;

  return (
    <AdminPage
      title={`Résultats du questionnaire : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les réponses sont anonymes : elles ne sont liées à aucune personne, ni ici ni dans les exports."
    >
      <p>{`${results.responses} réponse${results.responses > 1 ? "s" : ""} pour ${results.sent} questionnaire${results.sent > 1 ? "s" : ""} envoyé${results.sent > 1 ? "s" : ""}.`}</p>
      <p className="button-row">
        <a className="button button--secondary" href={`${exportUrl}?format=csv`}>
          Exporter les réponses (CSV)
        </a>
        <a className="button button--secondary" href={`${exportUrl}?format=xlsx`}>
          Exporter les réponses (XLSX)
        </a>
      </p>
      {results.questions.length === 0 && <p>Aucune question dans le questionnaire de cette journée.</p>}
      {results.questions.map((result, index) =>
        result.kind === "chart" ? (
          <section key={result.tally.question.id} className="section">
            <BarChart
              id={`question-${index}`}
              title={`${result.tally.question.label} (${result.tally.answered} réponse${result.tally.answered > 1 ? "s" : ""})`}
              bars={result.tally.counts.map((count) => ({ label: count.label, value: count.count }))}
              headings={["Réponse", "Nombre"]}
            />
          </section>
        ) : (
          <section key={result.question.id} aria-labelledby={`question-${index}`} className="section">
            <h2 id={`question-${index}`}>{result.question.label}</h2>
            {result.texts.length === 0 ? (
              <p>Aucune réponse.</p>
            ) : (
              <ul>
                {result.texts.map((text, position) => (
                  <li key={position} style={{ whiteSpace: "pre-line" }}>
                    {text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ),
      )}
    </AdminPage>
  );
}
