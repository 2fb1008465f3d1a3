import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { EditionTextsForm } from "@/components/admin/edition-texts-form";
import { LongDate } from "@/components/long-date";
import { requireUser } from "@/lib/auth/require-user";
import { networksText } from "@/lib/editions/edition-texts";
import { getEdition } from "@/lib/editions/get-edition";
import { EDITION_STATUS_LABELS } from "@/lib/editions/schema";
import { EVENT_STATUS_LABELS } from "@/lib/events/schema";
import { saveTextsAction } from "./actions";

export const metadata: Metadata = { title: "Édition" };

const NOTICES = {
  preparee: "Édition préparée en brouillon. Vérifiez ses textes et ses journées (programme, intervenant·es à confirmer), puis publiez-la.",
  publiee: "Édition publiée : c'est désormais l'édition en cours, présentée sur la page d'accueil.",
  courante: "C'est de nouveau l'édition en cours, présentée sur la page d'accueil ; la précédente est dans les archives.",
} as const;

export default async function EditionPage({ params, searchParams }: { params: Promise<{ editionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { editionId } = await params;
  const query = await searchParams;
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => query[key] === "1");
  await requireUser({ role: "ADMIN", from: `/admin/editions/${editionId}` });
  const edition = await getEdition(editionId);
  if (!edition) notFound();
  const { texts } = edition;
  return (
    <AdminPage
      title={texts.title}
      back={{ href: "/admin/editions", label: "Éditions" }}
      intro={<p className="tag">{EDITION_STATUS_LABELS[edition.status]}</p>}
      lead={edition.status === "CURRENT" ? "L'édition présentée sur la page d'accueil du site." : edition.status === "DRAFT" ? "En préparation : personne ne la voit avant sa publication." : "Dans les archives du site (page « Éditions précédentes »)."}
      narrow
    >
      {notice && (
        <p className="notice" role="status">
          {NOTICES[notice]}
        </p>
      )}
      {edition.status === "DRAFT" && (
        <p className="button-row">
          <Link className="button" href={`/admin/editions/${edition.id}/publier`}>
            Publier cette édition
          </Link>
        </p>
      )}
      {edition.status === "PAST" && (
        <p className="button-row">
          <Link className="button button--secondary" href={`/admin/editions/${edition.id}/rendre-courante`}>
            Rendre courante
          </Link>
        </p>
      )}
      {edition.status === "CURRENT" && (
        <p className="button-row">
          <Link className="button button--secondary" href={`/admin/editions/${edition.id}/suivante`}>
            Préparer l&apos;édition suivante
          </Link>
        </p>
      )}
      <section aria-labelledby="journees" className="section">
        <h2 id="journees">Les journées</h2>
        <ul>
          {edition.days.map((day) => (
            <li key={day.id}>
              <Link href={`/admin/evenements/${day.slug}`}>{day.title}</Link> — <LongDate date={day.startsAt} />, {day.city} ({EVENT_STATUS_LABELS[day.status]})
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="textes" className="section">
        <h2 id="textes">Les textes de la série</h2>
        <EditionTextsForm
          action={saveTextsAction.bind(null, edition.id)}
          initial={{
            title: texts.title,
            theme: texts.theme,
            context: edition.context,
            networks: networksText(texts.networks),
            footer: edition.footer,
            contactEmail: texts.contactEmail ?? "",
          }}
        />
      </section>
    </AdminPage>
  );
}
