import type { Metadata } from "next";
import { ButtonLink } from "./_components/button";
import { StatusPage } from "./_components/status-page";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t("page.forbiddenTitle") };

// Rendered (status 403) when a page calls forbidden(): requireActor with a role the user lacks.
export default function Forbidden() {
  return (
    <StatusPage
      framed
      code="403"
      icon="shield"
      title={t("page.forbiddenTitle")}
      body={t("page.forbiddenBody")}
      actions={
        <ButtonLink href="/" variant="primary" icon="home">
          {t("ui.backHome")}
        </ButtonLink>
      }
    />
  );
}
