import { describe, expect, it } from "vitest";
import { documentTypeOf } from "./document-types";
import { sanitiseFileName } from "./file-name";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === "string" ? [...Buffer.from(value, "latin1")] : [value])));

describe("documentTypeOf", () => {
  it("takes a type its first bytes prove, with the extension that names it", () => {
    expect(documentTypeOf(bytes("%PDF-1.7\n..."), "programme.pdf")).toMatchObject({ contentType: "application/pdf", inline: true });
    expect(documentTypeOf(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0), "photo.PNG")).toMatchObject({ contentType: "image/png", inline: true });
    expect(documentTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0), "photo.jpeg")).toMatchObject({ contentType: "image/jpeg" });
    expect(documentTypeOf(bytes("RIFF", 0, 0, 0, 0, "WEBP"), "photo.webp")).toMatchObject({ contentType: "image/webp" });
    expect(documentTypeOf(bytes("PK", 3, 4, 20), "slides.pptx")).toMatchObject({ label: "PowerPoint", inline: false });
    expect(documentTypeOf(bytes("PK", 3, 4, 20), "texte.odt")).toMatchObject({ label: "OpenDocument texte", inline: false });
    expect(documentTypeOf(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "ancien.doc")).toMatchObject({ contentType: "application/msword" });
  });

  it("refuses what its bytes do not prove, and every active type", () => {
    expect(documentTypeOf(bytes("<!doctype html><script>alert(1)</script>"), "programme.pdf")).toBeNull();
    expect(documentTypeOf(bytes("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"), "logo.svg")).toBeNull();
    expect(documentTypeOf(bytes("<html>"), "page.html")).toBeNull();
    expect(documentTypeOf(bytes("MZ", 0x90, 0), "outil.exe")).toBeNull();
    expect(documentTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0), "photo.png")).toBeNull();
    expect(documentTypeOf(bytes("PK", 3, 4), "archive.zip")).toBeNull();
    expect(documentTypeOf(bytes("%PDF-1.7"), "sans-extension")).toBeNull();
    expect(documentTypeOf(bytes(), "vide.pdf")).toBeNull();
  });
});

describe("sanitiseFileName", () => {
  it("keeps lower-case letters, digits and hyphens, then the extension", () => {
    expect(sanitiseFileName("Présentation ARF (v2).PPTX")).toBe("presentation-arf-v2.pptx");
    expect(sanitiseFileName("C:\\Users\\élu\\Table ronde n°1.pdf")).toBe("table-ronde-n-1.pdf");
    expect(sanitiseFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseFileName("«  »  .pdf")).toBe("document.pdf");
    expect(sanitiseFileName("a".repeat(300) + ".pdf")).toBe(`${"a".repeat(80)}.pdf`);
    expect(sanitiseFileName("photo\u202Egnp.exe")).toBe("photo-gnp.exe");
  });
});
