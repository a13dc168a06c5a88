"use client";
// 给活动打分: five big choices and an optional comment, sent once.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import clsx from "clsx";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { feedbackSchema } from "@/lib/activities/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { feedbackAction } from "../actions";

type Values = z.input<typeof feedbackSchema>;

export function RateActivityForm({ activityId, title }: { activityId: number; title: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(feedbackSchema), defaultValues: { comment: "" } });
  const { errors, isSubmitting } = form.formState;
  const rating = useWatch({ control: form.control, name: "rating" });
  const idBase = `rate-${activityId}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await feedbackAction({ activityId, ...values });
    if (!result.ok) {
      setMessage(applyActionErrors(result, form.setError, ["rating", "comment"]));
      return;
    }
    router.push("/me/activities?done=rated");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${t("meActivities.rate")}：${title}`} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <fieldset aria-describedby={errors.rating ? `${idBase}-error` : undefined}>
        <legend className="mb-2 font-medium text-stone-900">{t("meActivities.ratingLegend")}</legend>
        <div className="grid grid-cols-5 gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              htmlFor={`${idBase}-${n}`}
              className={clsx(
                "flex min-h-14 cursor-pointer items-center justify-center rounded-xl border-2 text-xl font-semibold has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-teal-600",
                rating === n ? "border-teal-700 bg-teal-700 text-white" : "border-stone-300 bg-white text-stone-900",
              )}
            >
              <input
                id={`${idBase}-${n}`}
                type="radio"
                name={`${idBase}-rating`}
                value={n}
                checked={rating === n}
                onChange={() => form.setValue("rating", n, { shouldValidate: true })}
                className="sr-only"
              />
              <span aria-hidden="true">{n}</span>
              <span className="sr-only">{t("meActivities.ratingOption", { rating: n })}</span>
            </label>
          ))}
        </div>
        <p className="mt-1 flex justify-between text-sm text-stone-600">
          <span>{t("meActivities.ratingLow")}</span>
          <span>{t("meActivities.ratingHigh")}</span>
        </p>
        {errors.rating ? (
          <p id={`${idBase}-error`} className="mt-1 text-sm font-medium text-red-700">
            {errors.rating.message}
          </p>
        ) : null}
      </fieldset>
      <TextareaField id={`${idBase}-comment`} label={t("activities.field.comment")} hint={t("activities.field.commentHint")} rows={3} maxLength={500} error={errors.comment?.message} {...form.register("comment")} />
      <Button type="submit" size="touch" pending={isSubmitting}>
        {t("meActivities.sendFeedback")}
      </Button>
    </form>
  );
}
