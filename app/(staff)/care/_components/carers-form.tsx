"use client";
// 调整走访员: the whole list of who visits this person.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { assignCarersAction } from "../actions";
import { IdCheckboxes } from "./id-checkboxes";

function Form({ personId, carers, current, close }: { personId: number; carers: { id: number; name: string }[]; current: number[]; close: () => void }) {
  const router = useRouter();
  const [ids, setIds] = useState<number[]>(current);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setError(undefined);
    if (ids.length === 0) {
      setError(t("care.error.needCarer"));
      return;
    }
    setPending(true);
    const r = await assignCarersAction({ personId, input: { carerIds: ids } });
    setPending(false);
    if (r.ok) {
      close();
      router.refresh();
    } else {
      setError(r.fieldErrors?.["input.carerIds"]?.[0] ?? r.fieldErrors?.carerIds?.[0]);
      setMessage(r.message);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("care.assignCarers")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <IdCheckboxes legend={t("care.carers")} name="assignCarerIds" required options={carers.map((c) => ({ id: c.id, label: c.name }))} value={ids} onChange={setIds} error={error} />
      <Button type="submit" pending={pending}>
        {t("ui.save")}
      </Button>
    </form>
  );
}

export function CarersForm(props: { personId: number; carers: { id: number; name: string }[]; current: number[] }) {
  return (
    <Dialog title={t("care.assignCarers")} triggerLabel={t("care.assignCarers")}>
      {(close) => <Form {...props} close={close} />}
    </Dialog>
  );
}
