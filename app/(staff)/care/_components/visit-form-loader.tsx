"use client";
// The visit form runs in the browser only: it opens with whatever visit this browser kept for the
// person (a session that timed out, a closed tab), which the server cannot know.
import dynamic from "next/dynamic";
import { t } from "@/lib/i18n/messages";

export const VisitFormLoader = dynamic(() => import("./visit-form").then((m) => m.VisitForm), {
  ssr: false,
  loading: () => <p className="text-stone-600">{t("ui.loading")}</p>,
});
