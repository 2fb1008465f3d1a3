import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Accessibilité",
  description: "Déclaration d'accessibilité du site d'inscription aux Rencontres ESS (RGAA).",
};

/** The accessibility statement, in the form French public bodies publish it (RGAA 4.1). */
export default function AccessibilityPage() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Déclaration d&apos;accessibilité</h1>
        <p className="lead">
          Les organisateurs des Rencontres s&apos;engagent à rendre ce site accessible, conformément à l&apos;article 47
          de la loi n° 2005-102 du 11 février 2005.
        </p>
      </header>

      <div className="prose">
        <p>Cette déclaration d&apos;accessibilité s&apos;applique au site d&apos;inscription aux Rencontres ESS.</p>

        <h2>État de conformité</h2>
        <p>
          Le site est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de
          l&apos;accessibilité (RGAA), version 4.1, en raison des points indiqués plus bas. Aucun audit complet par un
          organisme indépendant n&apos;a encore été réalisé&nbsp;: l&apos;état indiqué est celui de nos propres
          vérifications.
        </p>

        <h2>Ce qui a été vérifié, et comment</h2>
        <ul>
          <li>
            chaque page du site, publique ou réservée aux organisateurs, est analysée automatiquement à chaque
            modification (outil axe-core, critères WCAG 2.1 niveaux A et AA)&nbsp;: aucune erreur n&apos;est acceptée&nbsp;;
          </li>
          <li>l&apos;inscription se fait entièrement au clavier, et les formulaires fonctionnent sans JavaScript&nbsp;;</li>
          <li>
            les erreurs d&apos;un formulaire sont annoncées dans un récapitulatif en haut du formulaire, qui reçoit le
            focus, et chacune est reliée à son champ&nbsp;;
          </li>
          <li>les pages s&apos;affichent sans défilement horizontal sur un écran de 320 pixels de large&nbsp;;</li>
          <li>les graphiques du tableau de bord des organisateurs ont leurs chiffres dans un tableau.</li>
        </ul>
        <p>Technologies utilisées&nbsp;: HTML, CSS, JavaScript (facultatif pour s&apos;inscrire), SVG.</p>

        <h2>Contenus non accessibles</h2>
        <ul>
          <li>
            les documents PDF produits pour les organisateurs (feuille d&apos;émargement, badges, attestations) ne sont
            pas balisés pour les lecteurs d&apos;écran&nbsp;; les mêmes listes existent en tableur (CSV, XLSX)&nbsp;;
          </li>
          <li>la lecture du code QR des billets à l&apos;accueil demande une caméra&nbsp;; le code du billet peut être tapé ou la personne cherchée par son nom.</li>
        </ul>

        <h2>Retour d&apos;information et contact</h2>
        <p>
          Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, écrivez aux organisateurs, à l&apos;adresse
          indiquée dans les emails de confirmation, pour être orienté·e vers une autre façon d&apos;y accéder ou
          obtenir le contenu sous une autre forme.
        </p>

        <h2>Voies de recours</h2>
        <p>
          Si vous avez signalé un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un service
          et que vous n&apos;avez pas obtenu de réponse satisfaisante, vous pouvez&nbsp;:
        </p>
        <ul>
          <li>
            écrire un message au Défenseur des droits&nbsp;:{" "}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a>&nbsp;;
          </li>
          <li>
            contacter le délégué du Défenseur des droits dans votre région&nbsp;:{" "}
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues">defenseurdesdroits.fr/saisir/delegues</a>&nbsp;;
          </li>
          <li>
            envoyer un courrier (gratuit, sans affranchissement)&nbsp;: Défenseur des droits, Libre réponse 71120, 75342
            Paris CEDEX 07.
          </li>
        </ul>
      </div>
    </div>
  );
}
