"use client";
// Cancels one of the resident's own bookings, after a confirmation step.
import { ConfirmActionButton } from "@/app/_components/confirm-action-button";
import { t } from "@/lib/i18n/messages";
import { cancelMyReservationAction } from "../actions";

export function CancelBookingButton({ id, label, description }: { id: number; label: string; description: string }) {
  return (
    <ConfirmActionButton
      label={t("rooms.me.cancel")}
      ariaLabel={label}
      title={t("rooms.cancel.title")}
      description={description}
      confirmLabel={t("rooms.cancel.submit")}
      run={() => cancelMyReservationAction({ id })}
      doneHref="/me/rooms?cancelled=1"
    />
  );
}
