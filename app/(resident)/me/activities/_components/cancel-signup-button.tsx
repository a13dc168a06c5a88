"use client";
// 取消报名 (or 不再候补), after a plain confirmation.
import { ConfirmActionButton } from "@/app/_components/confirm-action-button";
import { t } from "@/lib/i18n/messages";
import { cancelSignupAction } from "../actions";

export function CancelSignupButton({ activityId, title, label }: { activityId: number; title: string; label: string }) {
  return (
    <ConfirmActionButton
      label={label}
      ariaLabel={`${label}：${title}`}
      title={label}
      description={t("meActivities.cancelConfirm", { title })}
      confirmLabel={label}
      run={() => cancelSignupAction({ activityId })}
      doneHref="/me/activities?done=cancelled"
    />
  );
}
