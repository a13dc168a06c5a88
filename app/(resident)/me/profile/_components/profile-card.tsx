import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { t } from "@/lib/i18n/messages";

/** The /me portal card: the way to change one's name and number and see the recorded consent. */
export function ProfileCard() {
  return (
    <Card title={t("profile.consentTitle")} description={t("profile.lead")}>
      <ButtonLink href="/me/profile" size="touch" icon="user">
        {t("profile.edit")}
      </ButtonLink>
    </Card>
  );
}
