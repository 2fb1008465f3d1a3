import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import type { FieldGroup } from "@/components/admin/field-spec";
import { requireUser } from "@/lib/auth/require-user";
import { formatLongDate, parisYear, toParisIsoLocal } from "@/lib/dates";
import { getEdition } from "@/lib/editions/get-edition";
import { dayFieldName } from "@/lib/editions/schema";
import { suggestedNextDate, suggestedSlug, suggestedTitle } from "@/lib/editions/shift-days";
import type { FormValues } from "@/lib/form-state";
import { prepareNextAction } from "./actions";

export const metadata: Metadata = { title: "Préparer l'édition suivante" };

export default async function PrepareNextEditionPage({ params }: { params: Promise<{ editionId: string }> }) {
  const { editionId } = await params;
  await requireUser({ role: "ADMIN", from: `/admin/editions/${editionId}/suivante` });
  const edition = await getEdition(editionId);
  if (!edition) notFound();
  const year = edition.days.length > 0 ? parisYear(suggestedNextDate(edition.days[0].startsAt)) : parisYear(new Date()) + 1;
  const initial: FormValues = { title: suggestedTitle(edition.texts.title), slug: suggestedSlug(edition.slug, year) };
  const groups: FieldGroup[] = [
    {
      title: "L'édition",
      fields: [
        { name: "title", label: "Titre", type: "text", autoComplete: "off" },
        { name: "slug", label: "Adresse de l'édition", type: "text", autoComplete: "off", hint: "Lettres minuscules, chiffres et traits d'union ; par exemple rencontres-2031." },
      ],
    },
    ...edition.days.map((day) => {
      Object.assign(initial, {
        [dayFieldName(day.id, "title")]: day.title,
        [dayFieldName(day.id, "date")]: toParisIsoLocal(suggestedNextDate(day.startsAt)).slice(0, 10),
        [dayFieldName(day.id, "slug")]: suggestedSlug(day.slug, year),
        [dayFieldName(day.id, "city")]: day.city,
        [dayFieldName(day.id, "venue")]: day.venue ?? "",
        [dayFieldName(day.id, "host")]: day.host ?? "",
      });
      return {
        title: `${day.title} (${formatLongDate(day.startsAt)})`,
        fields: [
          { name: dayFieldName(day.id, "title"), label: "Titre", type: "text", autoComplete: "off", hint: "Par exemple : Journée régionale de Lyon, si elle change de ville." },
          { name: dayFieldName(day.id, "date"), label: "Nouvelle date", type: "date", hint: "Proposée : le même jour de la semaine, un an plus tard." },
          { name: dayFieldName(day.id, "slug"), label: "Adresse de la page", type: "text", autoComplete: "off", hint: "Les adresses des journées passées restent valables : celle-ci doit être nouvelle." },
          { name: dayFieldName(day.id, "city"), label: "Ville", type: "text", autoComplete: "off" },
          { name: dayFieldName(day.id, "venue"), label: "Lieu", type: "text", autoComplete: "off", optional: true },
          { name: dayFieldName(day.id, "host"), label: "Collectivité qui accueille", type: "text", autoComplete: "off", optional: true },
        ],
      } satisfies FieldGroup;
    }),
  ];
  return (
    <AdminPage
      title="Préparer l'édition suivante"
      back={{ href: `/admin/editions/${edition.id}`, label: edition.texts.title }}
      lead="Copie en brouillon des textes, des journées (réglages, places, programme, intervenant·es à confirmer). Aucune inscription ni donnée personnelle n'est copiée. Vous publierez l'édition quand elle sera prête."
      narrow
    >
      <AdminForm action={prepareNextAction.bind(null, edition.id)} groups={groups} initial={initial} submitLabel="Préparer l'édition" errorTitle="L'édition n'a pas été préparée" />
    </AdminPage>
  );
}
