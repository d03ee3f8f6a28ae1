// Complétion d'adresse. Voir https://api-adresse.data.gouv.fr/search/ : un lien dans un commentaire ne compte pas.
const BASE = "https://api-adresse.data.gouv.fr/search/";

/* Le bloc qui suit n'est pas du code : https://api-adresse.data.gouv.fr/reverse/ */
export async function suggestions(saisie: string): Promise<string[]> {
  const reponse = await fetch(`${BASE}?q=${encodeURIComponent(saisie)}&limit=5`);
  const corps = await reponse.json();
  return corps.features.map((f: { properties: { label: string } }) => f.properties.label);
}
