import type { ReactNode } from "react";
import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { colors, fontFamily, link } from "./styles";

interface EmailLayoutProps {
  /** The email's one h1, also its document title. */
  heading: string;
  /** The line inbox lists show after the subject. */
  preview: string;
  /** The attendee's manage link, offered in the footer when given. */
  manageUrl?: string;
  /** Why the recipient gets this message (default: they registered with this address). */
  reason?: string;
  children: ReactNode;
}

const REGISTERED = "Vous recevez ce message à la suite d'une inscription faite avec cette adresse e-mail.";

export function EmailLayout({ heading, preview, manageUrl, reason = REGISTERED, children }: EmailLayoutProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head>
        <title>{heading}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section style={header}>
            <Text style={brand}>Rencontres ESS</Text>
          </Section>
          <Section style={content}>
            <Heading as="h1" style={title}>
              {heading}
            </Heading>
            {children}
          </Section>
          <Hr style={rule} />
          <Section style={footer}>
            <Text style={footerText}>
              Rencontres des collectivités locales autour de l&apos;économie sociale et solidaire
            </Text>
            <Text style={footerText}>
              {`${reason} `}
              {manageUrl ? (
                <Link href={manageUrl} style={link}>
                  Gérer mes inscriptions
                </Link>
              ) : null}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const body = { backgroundColor: colors.page, color: colors.ink, fontFamily, margin: 0, padding: "24px 0" };

const container = {
  backgroundColor: colors.paper,
  border: `1px solid ${colors.line}`,
  borderRadius: "8px",
  maxWidth: "600px",
  overflow: "hidden",
};

const header = { backgroundColor: colors.brand, padding: "18px 32px" };

const brand = { color: "#ffffff", fontSize: "20px", fontWeight: 700, lineHeight: "28px", margin: 0 };

const content = { padding: "28px 32px 12px" };

const title = { color: colors.ink, fontSize: "26px", fontWeight: 700, lineHeight: "32px", margin: "0 0 20px" };

const rule = { borderColor: colors.line, margin: 0 };

const footer = { padding: "16px 32px 8px" };

const footerText = { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 10px" };
