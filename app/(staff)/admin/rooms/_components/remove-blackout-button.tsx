"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { t } from "@/lib/i18n/messages";
import { removeBlackoutAction } from "../actions";

export function RemoveBlackoutButton({ id, what }: { id: number; what: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        variant="ghost"
        pending={pending}
        aria-label={t("rooms.admin.blackoutRemoveLabel", { what })}
        onClick={async () => {
          setPending(true);
          const result = await removeBlackoutAction({ id });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        {t("rooms.admin.blackoutRemove")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
