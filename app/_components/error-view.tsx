"use client";
// The body of error.tsx boundaries: a calm generic message (never the error's text or stack),
// the digest so staff can quote it to the administrator, and a retry.
import { useEffect } from "react";
import { t } from "@/lib/i18n/messages";
import { Button, ButtonLink } from "./button";
import { StatusPage } from "./status-page";

export function ErrorView({ error, retry, framed = false }: { error: unknown; retry: () => void; framed?: boolean }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage
      framed={framed}
      icon="alert"
      title={t("page.errorTitle")}
      body={
        <>
          <p>{t("page.errorBody")}</p>
          {digest ? <p className="mt-2 text-sm text-stone-600">{t("ui.errorRef", { digest })}</p> : null}
        </>
      }
      actions={
        <>
          <Button variant="primary" onClick={() => retry()}>
            {t("ui.retry")}
          </Button>
          <ButtonLink href="/" icon="home">
            {t("ui.backHome")}
          </ButtonLink>
        </>
      }
    />
  );
}
