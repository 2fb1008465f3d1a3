import Link from "next/link";
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, ROLE_LABELS, ROLES } from "@/lib/registrations/schema";
import { REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, type ListQuery } from "@/lib/registrations/list-query";
import type { AskedQuestion } from "@/lib/questions/question-types";

/** The answers a list can be filtered by: a choice, or yes/no, of each question not sensitive. */
function answerOptions(question: AskedQuestion): [string, string][] {
  if (question.type === "YES_NO") return [[`${question.key}:oui`, "Oui"], [`${question.key}:non`, "Non"]];
  return question.choices.map((choice) => [`${question.key}:${choice.key}`, choice.archived ? `${choice.label} (choix retiré)` : choice.label]);
}

export const filterableQuestions = (questions: AskedQuestion[]) =>
  questions.filter((question) => !question.sensitive && ["YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE"].includes(question.type));

function Select({ id, name = id, label, value, options }: { id: string; name?: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select className="input input--select" id={id} name={name} defaultValue={value ?? ""}>
        <option value="">Tous</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's search and filters: a plain GET form, so the result is a URL one can bookmark and share. */
export function RegistrationFilters({ query, path, questions = [] }: { query: ListQuery; path: string; questions?: AskedQuestion[] }) {
  return (
    <form method="get" action={path} className="filters" role="search" aria-label="Filtrer les inscriptions">
      <div className="field">
        <label className="field__label" htmlFor="q">
          Rechercher (nom, email, organisation)
        </label>
        <input className="input" id="q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <fieldset className="field">
        <legend className="field__label">Inscription</legend>
        <div className="choices choices--inline">
          {REGISTRATION_STATUSES.map((status) => (
            <div className="choice" key={status}>
              <input className="choice__input" type="checkbox" id={`statut-${status}`} name="statut" value={status} defaultChecked={query.statut.includes(status)} />
              <label className="choice__label" htmlFor={`statut-${status}`}>
                {REGISTRATION_STATUS_LABELS[status]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Select id="type" label="Type de structure" value={query.type} options={ORGANISATION_TYPES.map((type) => [type, ORGANISATION_TYPE_LABELS[type]])} />
      <Select id="role" label="Statut" value={query.role} options={ROLES.map((role) => [role, ROLE_LABELS[role]])} />
      <Select id="dejeuner" label="Déjeuner" value={query.dejeuner} options={[["oui", "Déjeune sur place"], ["non", "Ne déjeune pas"]]} />
      <Select id="besoins" label="Besoins" value={query.besoins} options={[["regime", "Régime alimentaire indiqué"], ["accessibilite", "Besoin d'accessibilité indiqué"]]} />
      <Select id="present" label="Arrivée" value={query.present} options={[["oui", "Présent·e (arrivée enregistrée)"], ["non", "Pas encore arrivé·e"]]} />
      {filterableQuestions(questions).map((question) => (
        <Select
          key={question.key}
          id={`reponse-${question.key}`}
          name="reponse"
          label={`Réponse : ${question.label}`}
          value={query.reponse.find((filter) => filter.startsWith(`${question.key}:`))}
          options={answerOptions(question)}
        />
      ))}
      <input type="hidden" name="tri" value={query.tri} />
      <input type="hidden" name="ordre" value={query.ordre} />
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          Filtrer
        </button>
        <Link href={path}>Tout afficher</Link>
      </div>
    </form>
  );
}
