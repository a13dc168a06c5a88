"use client";
// Links a saved call to a resident's file from the call's page (its operator or an admin).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { linkResidentAction } from "../actions";
import { ResidentPicker, type PickedResident } from "./resident-picker";

export function LinkResident({ callId, resident }: { callId: number; resident: PickedResident | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const change = async (r: PickedResident | null) => {
    setError(null);
    const result = await linkResidentAction({ id: callId, residentId: r?.id ?? null });
    if (result.ok) router.refresh();
    else setError(result.message);
  };
  return (
    <div className="space-y-2">
      <FormMessage>{error}</FormMessage>
      <ResidentPicker value={resident} onChange={(r) => void change(r)} />
    </div>
  );
}
