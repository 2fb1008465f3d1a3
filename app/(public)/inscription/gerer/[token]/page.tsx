import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelRegistration } from "@/components/manage/cancel-registration";
import { DetailsForm } from "@/components/manage/details-form";
import { ManageActions } from "@/components/manage/manage-actions";
import { OfferAnswer } from "@/components/manage/offer-answer";
import { attendeeChoices } from "@/components/registration/attendee-choices";
import { RegistrationSummary } from "@/components/registration/registration-summary";
import type { FormValues } from "@/lib/form-state";
import { AppError, isAppError } from "@/lib/errors";
import { getManageView, type ManageView } from "@/lib/registrations/get-manage-view";
import type { ManagedRegistration } from "@/lib/registrations/managed-registration";
import { ActionButton } from "@/components/ui/action-button";
import { AnswersForm } from "@/components/manage/answers-form";
import { answerFormValues } from "@/lib/questions/answers";
import { attendeeActor } from "@/lib/audit/actor";
import { downloadableCertificates } from "@/lib/certificates/attendee-certificates";
import { manageRegistration, renewLink, saveAnswers, saveDetails } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Mon inscription",
  robots: { index: false, follow: false },
};

interface ManagePageProps {
  params: Promise<{ token: string }>;
  /** `?annuler=<slug>` / `?refuser=<slug>`: the cancellation's or the refusal's confirmation shown open (the way without JavaScript). */
  searchParams: Promise<{ annuler?: string | string[]; refuser?: string | string[] }>;
}

/** The view, or null when the link has expired (its owner's last day is long past). */
async function loadView(token: string): Promise<ManageView | null> {
  try {
    return await getManageView({ token });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "MANAGE_LINK_EXPIRED")) return null;
    throw error;
  }
}

function ExpiredLink() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Ce lien a expiré</h1>
        <p className="lead">{new AppError("MANAGE_LINK_EXPIRED").message}</p>
      </header>
      <p>
        <Link href="/inscription">S&apos;inscrire à une journée</Link>
      </p>
    </div>
  );
}

function savedValues({ attendee, registrations }: ManageView): FormValues {
  const { email: _email, phone, ...details } = attendee;
  const national = registrations.find((registration) => registration.event.kind === "NATIONAL" && registration.status !== "CANCELLED");
  return { ...details, phone: phone ?? "", ...(national ? { lunch: national.lunch ? "oui" : "non" } : {}) };
}

function Actions({ registration, now, opened }: { registration: ManagedRegistration; now: Date; opened: { annuler?: unknown; refuser?: unknown } }) {
  const { event, status } = registration;
  if (now >= event.startsAt) return null;
  if (status === "OFFERED") return <OfferAnswer event={event.slug} title={event.title} refusing={opened.refuser === event.slug} />;
  if (status === "CANCELLED") return null;
  return <CancelRegistration event={event.slug} title={event.title} waitlisted={status === "WAITLISTED"} confirming={opened.annuler === event.slug} />;
}

export default async function ManagePage({ params, searchParams }: ManagePageProps) {
  const { token } = await params;
  const opened = await searchParams;
  const view = await loadView(token);
  if (!view) return <ExpiredLink />;
  const now = new Date();
  // The days whose questions the person may still answer: held or awaited, not begun.
  const asked = view.registrations.filter((registration) => registration.status !== "CANCELLED" && now < registration.event.startsAt && registration.questions.length > 0);
  const certificates = await downloadableCertificates({ actor: attendeeActor(token), now });

  return (
    <div className="container">
      <header className="page-intro">
        <h1>Mon inscription</h1>
        <p className="lead">
          {view.attendee.firstName} {view.attendee.lastName}, {view.attendee.organisation}
        </p>
        <p className="prose">
          Cette page est personnelle&nbsp;: toute personne qui en connaît l&apos;adresse peut modifier ou annuler votre
          inscription. Ne la partagez pas.
        </p>
      </header>

      <section aria-labelledby="vos-journees" className="section">
        <h2 id="vos-journees">Vos journées</h2>
        <ManageActions action={manageRegistration.bind(null, token)}>
          <ul className="registration-list">
            {view.registrations.map((registration) => (
              <li key={registration.event.slug}>
                <RegistrationSummary registration={registration}>
                  <Actions registration={registration} now={now} opened={opened} />
                  {certificates.includes(registration.event.slug) && (
                    <p>
                      <a href={`/api/registrations/${token}/certificates/${registration.event.slug}`} download>
                        Télécharger mon attestation de présence (PDF)
                      </a>
                    </p>
                  )}
                </RegistrationSummary>
              </li>
            ))}
          </ul>
        </ManageActions>
        <p>
          <Link href="/inscription">Vous inscrire à une autre journée</Link>
        </p>
      </section>

      <section aria-labelledby="vos-informations" className="section">
        <h2 id="vos-informations">Vos informations</h2>
        <p className="prose">Elles servent à préparer votre badge et votre accueil. Corrigez ce qui a changé, puis enregistrez.</p>
        <DetailsForm action={saveDetails.bind(null, token)} email={view.attendee.email} saved={savedValues(view)} choices={attendeeChoices()} />
      </section>

      {asked.length > 0 && (
        <section aria-labelledby="vos-reponses" className="section">
          <h2 id="vos-reponses">Vos réponses aux questions des organisateurs</h2>
          <p className="prose">Vous pouvez les modifier jusqu&apos;au début de la journée.</p>
          {asked.map((registration) => (
            <AnswersForm
              key={registration.event.slug}
              action={saveAnswers.bind(null, token, registration.event.slug)}
              event={registration.event}
              questions={registration.questions}
              saved={answerFormValues(registration.event.slug, registration.answers)}
            />
          ))}
        </section>
      )}

      <section aria-labelledby="votre-lien" className="section">
        <h2 id="votre-lien">Votre lien personnel</h2>
        <p className="prose">
          Vous avez transféré ce lien, ou quelqu&apos;un d&apos;autre l&apos;a vu&nbsp;? Demandez-en un nouveau&nbsp;: il
          vous sera envoyé par email, et l&apos;adresse de cette page cessera aussitôt de fonctionner.
        </p>
        <ActionButton action={renewLink.bind(null, token)} label="M'envoyer un nouveau lien" />
      </section>
    </div>
  );
}
