"use client";
// 心理自评, for the kiosk and the resident portal alike: choose PHQ-9 or GAD-7, answer every item
// on one page with large choices, then the result in plain words. A positive PHQ-9 item 9 or a
// severe band puts the hotline's big call button first, at once.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import clsx from "clsx";
import { Button, ButtonLink } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { HotlineLink } from "@/app/_components/hotline-link";
import type { ActionResult } from "@/app/_server/action";
import type { AssessmentBand, AssessmentScale } from "@/db/schema/codes";
import { SCALES } from "@/lib/assessments/scales";
import { assessmentFormSchema, type AssessmentFormValues } from "@/lib/assessments/schemas";
import { t } from "@/lib/i18n/messages";

export interface AssessmentOutcome {
  score: number;
  band: AssessmentBand;
  alert: boolean;
  maxScore: number;
}

interface Props {
  submit: (input: AssessmentFormValues) => Promise<ActionResult<AssessmentOutcome>>;
  /** Where "预约心理咨询师" goes: the booking page for a resident, sign-in first at the kiosk. */
  bookHref: string;
  kiosk: boolean;
}

export function AssessmentFlow({ submit, bookHref, kiosk }: Props) {
  const [scale, setScale] = useState<AssessmentScale | null>(null);
  const [result, setResult] = useState<AssessmentOutcome | null>(null);

  const restart = (next: AssessmentScale | null) => {
    setResult(null);
    setScale(next);
  };

  if (result && scale) return <Result result={result} scale={scale} bookHref={bookHref} kiosk={kiosk} onRestart={restart} />;
  if (!scale) {
    return (
      <section aria-labelledby="assess-choose" className="space-y-4">
        <h2 id="assess-choose" className="text-xl font-semibold text-stone-900">
          {t("assess.choose")}
        </h2>
        {(["PHQ-9", "GAD-7"] as const).map((s) => (
          <button
            key={s}
            type="button"
            onClick={() => setScale(s)}
            className="block w-full rounded-2xl border-2 border-teal-700 bg-white px-5 py-4 text-start hover:bg-teal-50 focus-visible:ring-2 focus-visible:ring-teal-600"
          >
            <span className="block text-xl font-semibold text-teal-900">{t(`assess.scale.${s}`)}</span>
            <span className="mt-1 block text-base text-stone-700">{t(`assess.scaleLead.${s}`)}</span>
          </button>
        ))}
      </section>
    );
  }
  return <Questions key={scale} scale={scale} submit={submit} onDone={setResult} onBack={() => restart(null)} />;
}

function Questions({ scale, submit, onDone, onBack }: { scale: AssessmentScale; submit: Props["submit"]; onDone: (r: AssessmentOutcome) => void; onBack: () => void }) {
  const def = SCALES[scale];
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<AssessmentFormValues>({
    resolver: zodResolver(assessmentFormSchema, undefined, { raw: true }),
    defaultValues: { scale, answers: def.items.map(() => null) },
  });
  const { errors, isSubmitting } = form.formState;
  const answers = useWatch({ control: form.control, name: "answers" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const r = await submit(values);
    if (r.ok) {
      onDone(r.data);
      window.scrollTo({ top: 0 });
    } else setMessage(r.message);
  });

  const missing = errors.answers ? t("assess.error.answers", { count: def.items.length }) : null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`assess.scale.${scale}`)} className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold text-stone-900">{t(`assess.scale.${scale}`)}</h2>
        <p className="mt-2 text-lg text-stone-800">{t("assess.stem")}</p>
      </div>
      <FormMessage>{message ?? missing}</FormMessage>
      {def.items.map((key, i) => {
        const unanswered = Boolean(missing) && answers[i] === null;
        return (
          <fieldset key={key} className={clsx("rounded-xl border bg-white p-4", unanswered ? "border-red-400" : "border-stone-200")}>
            <legend className="sr-only">{t("assess.question", { n: i + 1, total: def.items.length })}</legend>
            <p aria-hidden="true" className="text-sm text-stone-600">
              {t("assess.question", { n: i + 1, total: def.items.length })}
            </p>
            <p id={`${scale}-q${i}`} className="mt-1 text-lg font-medium text-stone-900">
              {t(key)}
            </p>
            <div role="radiogroup" aria-labelledby={`${scale}-q${i}`} className="mt-3 grid gap-2 sm:grid-cols-2">
              {def.options.map((opt, v) => {
                const id = `${scale}-q${i}-a${v}`;
                const checked = answers[i] === String(v);
                return (
                  <label
                    key={opt}
                    htmlFor={id}
                    className={clsx(
                      "flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 px-4 py-2 text-lg has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-teal-600",
                      checked ? "border-teal-700 bg-teal-50 font-semibold text-teal-950" : "border-stone-300 bg-white text-stone-900",
                    )}
                  >
                    <input id={id} type="radio" value={String(v)} className="size-6 shrink-0 accent-teal-700" {...form.register(`answers.${i}`)} />
                    <span>{t(opt)}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div className="space-y-3">
        <Button type="submit" size="touch" pending={isSubmitting}>
          {t("assess.submit")}
        </Button>
        <Button variant="ghost" size="touch" onClick={onBack}>
          {t("assess.otherScale")}
        </Button>
      </div>
    </form>
  );
}

function Result({ result, scale, bookHref, kiosk, onRestart }: { result: AssessmentOutcome; scale: AssessmentScale; bookHref: string; kiosk: boolean; onRestart: (s: AssessmentScale | null) => void }) {
  return (
    <section aria-labelledby="assess-result" className="space-y-5">
      {result.alert ? (
        <div role="alert" className="space-y-3 rounded-2xl border-2 border-red-300 bg-red-50 p-4">
          <h2 className="text-2xl font-bold text-red-900">{t("assess.urgentTitle")}</h2>
          <p className="text-lg text-red-950">{t("assess.urgentLead")}</p>
          <HotlineLink variant="big" label={t("assess.callNow")} />
          <p className="text-base font-medium text-red-950">{t("assess.urgentDanger")}</p>
          <p className="text-base text-red-950">{t("assess.alertQueued")}</p>
        </div>
      ) : null}
      <div className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="assess-result" className="text-xl font-semibold text-stone-900">
          {t("assess.resultTitle")}（{t(`assess.scale.${scale}`)}）
        </h2>
        <p className="mt-3 text-2xl font-bold text-stone-900 tabular-nums">{t("assess.score", { score: result.score, max: result.maxScore })}</p>
        <p className="mt-1 text-xl font-semibold text-teal-900">{t("assess.band", { band: result.band })}</p>
        <p className="mt-3 text-lg text-stone-800">{t(`assessAdvice.${result.band}`)}</p>
        <p className="mt-3 text-base text-stone-600">{t("assess.disclaimer")}</p>
      </div>
      <div className="space-y-3">
        {kiosk ? <p className="text-lg text-stone-800">{t("assess.bookCounsellorKiosk")}</p> : null}
        <ButtonLink href={bookHref} variant="primary" size="touch" icon="calendar">
          {kiosk ? t("assess.signInToBook") : t("assess.bookCounsellor")}
        </ButtonLink>
        {result.alert ? null : <HotlineLink variant="big" />}
        <Button variant="secondary" size="touch" onClick={() => onRestart(scale === "PHQ-9" ? "GAD-7" : "PHQ-9")}>
          {t("assess.otherScale")}
        </Button>
        <Button variant="ghost" size="touch" onClick={() => onRestart(null)}>
          {t("assess.again")}
        </Button>
      </div>
    </section>
  );
}
