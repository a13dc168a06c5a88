import { ButtonLink } from "@/app/_components/button";
import { StatusPage } from "@/app/_components/status-page";
import { t } from "@/lib/i18n/messages";

// A call that does not exist (or is another operator's draft), rendered in place inside the shell.
export default function HotlineNotFound() {
  return (
    <StatusPage
      code="404"
      icon="search"
      title={t("page.notFoundTitle")}
      body={t("error.notFound")}
      actions={
        <ButtonLink href="/hotline" variant="primary" icon="phone">
          {t("hotline.title")}
        </ButtonLink>
      }
    />
  );
}
