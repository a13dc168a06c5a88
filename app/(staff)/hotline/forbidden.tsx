import { ButtonLink } from "@/app/_components/button";
import { StatusPage } from "@/app/_components/status-page";
import { t } from "@/lib/i18n/messages";

// A hotline page's requireActor refusing a staff member without the role runs after
// (staff)/loading.tsx has begun streaming; this boundary renders the refusal in place, inside the
// shell (the root one sits above the already-sent shell and would leave the loading state showing).
export default function HotlineForbidden() {
  return (
    <StatusPage
      code="403"
      icon="shield"
      title={t("page.forbiddenTitle")}
      body={t("page.forbiddenBody")}
      actions={
        <ButtonLink href="/home" variant="primary" icon="home">
          {t("ui.backHome")}
        </ButtonLink>
      }
    />
  );
}
