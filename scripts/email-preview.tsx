// Renders every email template with its preview props, as HTML and plain text, to look at them:
// node --import tsx scripts/email-preview.tsx [outDir]
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createElement, type FunctionComponent } from "react";
import { render } from "@react-email/render";
import { EMAIL_TEMPLATES } from "../emails";

type PreviewableTemplate<Props extends object> = FunctionComponent<Props> & { PreviewProps: Props };

async function renderPreview<Props extends object>(Template: PreviewableTemplate<Props>) {
  const element = createElement(Template, Template.PreviewProps);
  return { html: await render(element), text: await render(element, { plainText: true }) };
}

async function main() {
  const outDir = resolve(process.argv[2] ?? "email-preview");
  await mkdir(outDir, { recursive: true });
  for (const [name, Template] of Object.entries(EMAIL_TEMPLATES)) {
    // Each template pairs its own props with its PreviewProps (checked where they are written), which
    // TypeScript cannot follow through the union of all templates.
    const { html, text } = await renderPreview(Template as PreviewableTemplate<object>);
    for (const [extension, content] of [["html", html], ["txt", text]] as const) {
      const path = join(outDir, `${name}.${extension}`);
      await writeFile(path, content);
      console.log(path);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
