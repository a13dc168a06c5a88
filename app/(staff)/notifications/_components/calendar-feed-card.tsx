"use client";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { resetCalendarFeedAction } from "../actions";

/** The staff member's secret iCalendar URL, with a reset that kills the old one. */
export function CalendarFeedCard({ origin, path }: { origin: string; path: string }) {
  const [current, setCurrent] = useState(path);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const reset = () => {
    if (!window.confirm(t("calendarFeed.confirmReset"))) return;
    startTransition(async () => {
      const r = await resetCalendarFeedAction({});
      if (!r.ok) setMessage({ tone: "error", text: r.message });
      else {
        setCurrent(r.data);
        setMessage({ tone: "success", text: t("calendarFeed.resetDone") });
      }
    });
  };
  return (
    <Card title={t("calendarFeed.title")} description={t("calendarFeed.lead")}>
      <div className="space-y-3">
        <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-stone-800">
          {t("calendarFeed.urlLabel")}
        </label>
        <input id="calendar-feed-url" readOnly value={`${origin}${current}`} onFocus={(e) => e.currentTarget.select()} className="w-full rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm text-stone-800" />
        <div role="status">{message?.tone === "success" ? <FormMessage tone="success">{message.text}</FormMessage> : null}</div>
        {message?.tone === "error" ? <FormMessage>{message.text}</FormMessage> : null}
        <Button variant="secondary" size="sm" onClick={reset} pending={pending}>
          {t("calendarFeed.reset")}
        </Button>
      </div>
    </Card>
  );
}
