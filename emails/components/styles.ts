import type { CSSProperties } from "react";

/** The site's palette (app/globals.css): every text colour meets WCAG AA on its background. */
export const colors = {
  ink: "#1b1f1e",
  muted: "#4b5351",
  page: "#f6f5f0",
  paper: "#ffffff",
  line: "#d5d3c9",
  brand: "#0d5a48",
  brandDark: "#083d31",
  brandTint: "#e4f0ec",
  onBrandMuted: "#d3e8e0",
};

/** System fonts only: email clients block web fonts, and the site uses none. */
export const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif';

export const monoFamily = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Courier New", monospace';

export const paragraph: CSSProperties = {
  color: colors.ink,
  fontSize: "16px",
  lineHeight: "24px",
  margin: "0 0 16px",
};

export const strongParagraph: CSSProperties = { ...paragraph, fontWeight: 700 };

export const mutedParagraph: CSSProperties = { ...paragraph, color: colors.muted, fontSize: "15px", lineHeight: "22px" };

export const sectionHeading: CSSProperties = {
  color: colors.brandDark,
  fontSize: "19px",
  lineHeight: "26px",
  fontWeight: 700,
  margin: "28px 0 10px",
};

export const link: CSSProperties = { color: colors.brand, textDecoration: "underline" };

export const list: CSSProperties = { margin: "0 0 16px", paddingLeft: "22px" };

export const listItem: CSSProperties = { ...paragraph, margin: "0 0 8px" };
