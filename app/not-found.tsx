import type { Metadata } from "next";
import { ButtonLink } from "./_components/button";
import { StatusPage } from "./_components/status-page";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t("page.notFoundTitle") };

export default function NotFound() {
  return (
    <StatusPage
      framed
      code="404"
      icon="search"
      title={t("page.notFoundTitle")}
      body={t("page.notFoundBody")}
      actions={
        <ButtonLink href="/" variant="primary" icon="home">
          {t("ui.backHome")}
        </ButtonLink>
      }
    />
  );
}
