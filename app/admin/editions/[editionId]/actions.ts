"use server";

import { adminAction, submittedValues } from "@/lib/auth/admin-action";
import { toEditionTexts, type EditionTexts } from "@/lib/editions/edition-texts";
import { editionTextsSchema } from "@/lib/editions/schema";
import type { EditionTextsFormState } from "@/lib/editions/texts-form-state";
import { updateEditionTexts } from "@/lib/editions/update-edition-texts";
import { checkActionArguments } from "@/lib/http/action-arguments";

/** « Prévisualiser » shows the texts as the site would (nothing saved); « Enregistrer » saves them. */
export async function saveTextsAction(editionId: string, _previous: EditionTextsFormState | null, formData: FormData): Promise<EditionTextsFormState> {
  checkActionArguments(formData, editionId);
  if (formData.get("intent") === "preview") {
    let preview: EditionTexts | undefined;
    const state = await adminAction({ role: "ADMIN" }, formData, editionTextsSchema, async (_actor, { networks, ...texts }) => {
      preview = toEditionTexts(texts, networks.map((network, position) => ({ ...network, position, id: "", editionId })));
      return "Aperçu ci-dessous : rien n'est encore enregistré.";
    });
    return state.done ? { ...state, values: submittedValues(formData), preview } : state;
  }
  return adminAction({ role: "ADMIN" }, formData, editionTextsSchema, async (actor, input) => {
    await updateEditionTexts({ actor, editionId, input });
    return "Textes enregistrés : le site public les montre dès maintenant.";
  });
}
