import type { ReactNode } from "react";
import { Button } from "@react-email/button";
import { Section } from "@react-email/section";
import { colors } from "./styles";

/** The email's main action: a link that looks like a button. Its text must make sense on its own. */
export function ButtonLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={wrapper}>
      <Button href={href} style={button}>
        {children}
      </Button>
    </Section>
  );
}

const wrapper = { margin: "8px 0 24px" };

const button = {
  backgroundColor: colors.brand,
  borderRadius: "6px",
  color: "#ffffff",
  fontSize: "16px",
  fontWeight: 700,
  lineHeight: "24px",
  padding: "12px 22px",
  textDecoration: "none",
};
