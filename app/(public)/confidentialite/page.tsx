import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Protection des données personnelles",
  description: "Quelles données les Rencontres ESS conservent, pourquoi, combien de temps, et comment exercer vos droits.",
};

export default function PrivacyPage() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Protection des données personnelles</h1>
        <p className="lead">
          Ce que nous faisons des informations que vous donnez en vous inscrivant aux Rencontres, et comment
          exercer vos droits.
        </p>
      </header>

      <div className="prose">
        <h2>Les données conservées</h2>
        <ul>
          <li>votre identité&nbsp;: prénom et nom&nbsp;;</li>
          <li>vos coordonnées&nbsp;: adresse email et, si vous l&apos;indiquez, numéro de téléphone&nbsp;;</li>
          <li>votre collectivité ou structure, son type, votre fonction et votre statut (élu·e, agent·e ou autre)&nbsp;;</li>
          <li>votre choix de déjeuner sur place, votre régime alimentaire et vos besoins d&apos;accessibilité, si vous les indiquez&nbsp;;</li>
          <li>
            l&apos;historique de vos inscriptions&nbsp;: journées choisies, confirmations, liste d&apos;attente, annulations
            et leurs dates&nbsp;;
          </li>
          <li>votre heure d&apos;arrivée, si elle est enregistrée à l&apos;accueil le jour de la rencontre.</li>
        </ul>

        <h2>Pourquoi</h2>
        <p>Uniquement pour organiser les Rencontres&nbsp;:</p>
        <ul>
          <li>gérer le nombre de places de chaque journée et les listes d&apos;attente&nbsp;;</li>
          <li>préparer les badges et la liste d&apos;émargement&nbsp;;</li>
          <li>établir votre attestation de présence, pour le temps où vous étiez là&nbsp;;</li>
          <li>prévoir la restauration&nbsp;;</li>
          <li>organiser l&apos;accueil des personnes qui ont des besoins d&apos;accessibilité&nbsp;;</li>
          <li>vous envoyer les emails qui concernent votre inscription (confirmation, place libérée, informations pratiques).</li>
        </ul>
        <p>Vos données ne sont ni vendues, ni utilisées pour de la prospection.</p>

        <h2>Sur quelle base</h2>
        <p>
          Votre consentement, que vous donnez en cochant la case prévue du formulaire d&apos;inscription. Vous pouvez
          le retirer à tout moment en annulant votre inscription ou en demandant l&apos;effacement de vos données.
        </p>

        <h2>Qui les reçoit</h2>
        <p>
          Seuls les organisateurs des Rencontres, c&apos;est-à-dire les réseaux de collectivités qui les
          co-organisent, et les personnes qu&apos;ils chargent de l&apos;accueil le jour de la rencontre.
        </p>

        <h2>Combien de temps</h2>
        <p>
          Six mois après la journée à laquelle vous êtes inscrit·e (les organisateurs peuvent fixer une autre durée
          pour une journée), puis elles sont anonymisées&nbsp;: nom, adresse email, téléphone, structure, fonction,
          régime alimentaire, besoins d&apos;accessibilité, contenu des emails et notes des organisateurs à votre sujet sont effacés. Seuls restent des
          chiffres sans nom (nombre d&apos;inscrits par type de structure et par statut). Si vous êtes inscrit·e à
          plusieurs journées, la durée court à partir de la dernière.
        </p>

        <h2>Vos droits</h2>
        <p>
          Vous pouvez accéder à vos données, les rectifier, les faire effacer, vous opposer à leur traitement et
          demander à les recevoir dans un format lisible par une machine (portabilité).
        </p>
        <p>
          Le lien « Gérer mon inscription », reçu après votre inscription, vous permet de consulter et de modifier
          vos informations et d&apos;annuler votre inscription. Pour recevoir toutes les données conservées à votre
          sujet ou les faire effacer, écrivez aux organisateurs, à l&apos;adresse indiquée dans les emails de
          confirmation&nbsp;: ils vous répondent dans le délai d&apos;un mois prévu par le RGPD.
        </p>
        <p>
          Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission
          nationale de l&apos;informatique et des libertés (CNIL)&nbsp;: <a href="https://www.cnil.fr">cnil.fr</a>.
        </p>
      </div>
    </div>
  );
}
