import type { ErrorTarget } from "@/components/ui/error-summary";
import { Choice } from "@/components/ui/choice";
import { FieldError } from "@/components/ui/field-error";
import { choiceId, errorId, hintId } from "@/components/ui/field-ids";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { FormValues } from "@/lib/form-state";
import type { FieldErrors } from "@/lib/field-errors";
import type { AttendeeChoices } from "./attendee-choices";
import { textValue } from "./form-values";

interface FieldsProps {
  values: FormValues | undefined;
  errors: FieldErrors;
}

const BADGE_HINT = "Tel qu'il figurera sur votre badge.";

export function NameFields({ values, errors }: FieldsProps) {
  return (
    <>
      <TextField
        id="firstName"
        label="Prénom"
        hint={BADGE_HINT}
        autoComplete="given-name"
        spellCheck={false}
        defaultValue={textValue(values, "firstName")}
        error={errors.firstName}
      />
      <TextField
        id="lastName"
        label="Nom"
        hint={BADGE_HINT}
        autoComplete="family-name"
        spellCheck={false}
        defaultValue={textValue(values, "lastName")}
        error={errors.lastName}
      />
    </>
  );
}

export function PhoneField({ values, errors }: FieldsProps) {
  return (
    <TextField
      id="phone"
      label="Téléphone"
      type="tel"
      optional
      hint="Pour vous joindre en cas d'imprévu le jour de la rencontre."
      autoComplete="tel"
      defaultValue={textValue(values, "phone")}
      error={errors.phone}
    />
  );
}

export function OrganisationFields({ values, errors, choices }: FieldsProps & { choices: AttendeeChoices }) {
  return (
    <>
      <TextField
        id="organisation"
        label="Collectivité ou structure"
        hint={"Par exemple\u00a0: Ville de Bordeaux, Conseil régional Bretagne."}
        autoComplete="organization"
        defaultValue={textValue(values, "organisation")}
        error={errors.organisation}
      />
      <SelectField
        id="organisationType"
        label="Type de structure"
        options={choices.organisationTypes}
        defaultValue={textValue(values, "organisationType")}
        error={errors.organisationType}
      />
      <TextField
        id="jobTitle"
        label="Fonction"
        hint={"Par exemple\u00a0: adjointe au maire chargée de l'ESS, chargé de mission développement économique."}
        autoComplete="organization-title"
        defaultValue={textValue(values, "jobTitle")}
        error={errors.jobTitle}
      />
      <RadioGroup
        id="role"
        legend="Statut"
        options={choices.roles}
        defaultValue={textValue(values, "role")}
        error={errors.role}
        inline
      />
    </>
  );
}

export function NeedsFields({ values, errors }: FieldsProps) {
  return (
    <>
      <TextField
        id="dietaryNeeds"
        label="Régime alimentaire"
        optional
        rows={2}
        hint={"Par exemple\u00a0: végétarien, sans porc, allergie aux fruits à coque. 500 caractères au plus."}
        defaultValue={textValue(values, "dietaryNeeds")}
        error={errors.dietaryNeeds}
      />
      <TextField
        id="accessibilityNeeds"
        label="Besoins d'accessibilité"
        optional
        rows={3}
        hint={"Par exemple\u00a0: accès en fauteuil roulant, boucle magnétique, interprétation en langue des signes. 500 caractères au plus."}
        defaultValue={textValue(values, "accessibilityNeeds")}
        error={errors.accessibilityNeeds}
      />
    </>
  );
}

const LUNCH_OPTIONS = [
  { value: "oui", label: "Oui, je déjeune sur place" },
  { value: "non", label: "Non" },
];

export function LunchField({ values, errors }: FieldsProps) {
  return (
    <RadioGroup
      id="lunch"
      legend="Déjeuner sur place lors de la journée nationale"
      options={LUNCH_OPTIONS}
      defaultValue={textValue(values, "lunch")}
      error={errors.lunch}
    />
  );
}

/** Where the error summary sends the focus for each attendee field, in the forms' order. */
export const NAME_TARGETS: ErrorTarget[] = [
  { field: "firstName", id: "firstName" },
  { field: "lastName", id: "lastName" },
];
export const PHONE_TARGETS: ErrorTarget[] = [{ field: "phone", id: "phone" }];
export const ORGANISATION_TARGETS: ErrorTarget[] = [
  { field: "organisation", id: "organisation" },
  { field: "organisationType", id: "organisationType" },
  { field: "jobTitle", id: "jobTitle" },
  { field: "role", id: choiceId("role", "ELU") },
];
export const LUNCH_TARGETS: ErrorTarget[] = [{ field: "lunch", id: choiceId("lunch", "oui") }];
export const NEEDS_TARGETS: ErrorTarget[] = [
  { field: "dietaryNeeds", id: "dietaryNeeds" },
  { field: "accessibilityNeeds", id: "accessibilityNeeds" },
];

/** The consent to the use of one's details, with what they serve and where to read more. */
export function ConsentField({ values, errors }: FieldsProps) {
  return (
    <div className={errors.consent ? "form-section field field--error" : "form-section field"}>
      <h2 className="form-section__title">Vos données</h2>
      <p id={hintId("consent")}>
        Vos informations servent uniquement à organiser les Rencontres&nbsp;: accueil, badges, restauration et
        accessibilité. Elles sont anonymisées six mois après votre journée.{" "}
        <a href="/confidentialite" target="_blank" rel="noopener">
          En savoir plus sur la protection de vos données (nouvel onglet)
        </a>
      </p>
      <FieldError id="consent" message={errors.consent} />
      <Choice
        type="checkbox"
        id="consent"
        name="consent"
        value="oui"
        label="J'accepte que mes informations soient utilisées pour organiser ma venue aux Rencontres."
        defaultChecked={textValue(values, "consent") === "oui"}
        required
        invalid={Boolean(errors.consent)}
        describedBy={[hintId("consent"), errors.consent ? errorId("consent") : null].filter(Boolean).join(" ")}
      />
    </div>
  );
}
