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
import { AppError } from "@/lib/errors";
import { getManageView, type ManageView } from "@/lib/registrations/get-manage-view";
import type { ManagedRegistration } from "@/lib/registrations/managed-registration";
import { manageRegistration, saveDetails } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Mon inscription",
  robots: { index: false, follow: false },
};

interface ManagePageProps {
  params: Promise<{ token: string }>;
  /** `?annuler=<slug>`: the cancellation's confirmation shown open (the way without JavaScript). */
  searchParams: Promise<{ annuler?: string | string[] }>;
}

async function loadView(token: string): Promise<ManageView> {
  try {
    return await getManageView({ token });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function savedValues({ attendee, registrations }: ManageView): FormValues {
  const { email: _email, phone, ...details } = attendee;
  const national = registrations.find((registration) => registration.event.kind === "NATIONAL" && registration.status !== "CANCELLED");
  return { ...details, phone: phone ?? "", ...(national ? { lunch: national.lunch ? "oui" : "non" } : {}) };
}

function Actions({ registration, now, confirming }: { registration: ManagedRegistration; now: Date; confirming: boolean }) {
  const { event, status } = registration;
  if (now >= event.startsAt) return null;
  if (status === "OFFERED") return <OfferAnswer event={event.slug} title={event.title} />;
  if (status === "CANCELLED") return null;
  return <CancelRegistration event={event.slug} title={event.title} waitlisted={status === "WAITLISTED"} confirming={confirming} />;
}

export default async function ManagePage({ params, searchParams }: ManagePageProps) {
  const { token } = await params;
  const { annuler } = await searchParams;
  const view = await loadView(token);
  const now = new Date();

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
                  <Actions registration={registration} now={now} confirming={annuler === registration.event.slug} />
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
    </div>
  );
}
