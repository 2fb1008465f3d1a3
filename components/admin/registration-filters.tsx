import Link from "next/link";
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, ROLE_LABELS, ROLES } from "@/lib/registrations/schema";
import { REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, type ListQuery } from "@/lib/registrations/list-query";

function Select({ id, label, value, options }: { id: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select className="input input--select" id={id} name={id} defaultValue={value ?? ""}>
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
export function RegistrationFilters({ query, path }: { query: ListQuery; path: string }) {
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
