// Renders every kind of email through its composer (lib/mail/composers) with the composer's preview:
// `npm run email:preview [-- outDir]` writes <kind>.html, <kind>.txt (subject first) and <kind>.ics.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EMAIL_COMPOSERS } from "../lib/mail/composers/registry";
import { renderEmail, withInlineImages } from "../lib/mail/render-email";

async function main() {
  const outDir = resolve(process.argv[2] ?? "email-preview");
  await mkdir(outDir, { recursive: true });
  for (const [kind, composer] of Object.entries(EMAIL_COMPOSERS)) {
    const email = await renderEmail(await composer.compose(composer.preview));
    const name = kind.toLowerCase().replaceAll("_", "-");
    const files: [string, string][] = [
      ["html", withInlineImages(email)],
      ["txt", `Objet : ${email.subject}\n\n${email.text}`],
      ...(email.icalEvent ? [["ics", email.icalEvent.content] as [string, string]] : []),
    ];
    for (const [extension, content] of files) {
      const path = join(outDir, `${name}.${extension}`);
      await writeFile(path, content);
      console.log(path);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
