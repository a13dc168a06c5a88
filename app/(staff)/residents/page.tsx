import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";
import { searchRegister, type RegisterListItem } from "@/lib/residents/queries";
import { searchRegisterSchema } from "@/lib/residents/schemas";

export const metadata: Metadata = { title: t("residents.title") };

type SearchParams = Record<string, string | string[] | undefined>;

// The person register: find a resident by name or phone digits, then open their file (一人一档).
// Nothing is listed before a search, so the register cannot be browsed.
export default async function ResidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const sp = await searchParams;
  const raw = typeof sp.q === "string" ? sp.q : undefined;
  const parsed = searchRegisterSchema.safeParse(raw === undefined ? {} : { q: raw });
  const q = parsed.success ? (parsed.data.q ?? "") : "";
  const rows = q ? searchRegister(ctx, q) : [];

  const columns: Column<RegisterListItem>[] = [
    {
      key: "name",
      header: t("residents.name"),
      cell: (r) => (
        <Link href={`/residents/${r.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
          {r.name}
        </Link>
      ),
    },
    { key: "gender", header: t("residents.gender"), cell: (r) => (r.gender ? label("gender", r.gender) : "—") },
    { key: "birthYear", header: t("residents.birthYear"), cell: (r) => r.birthYear ?? "—", hideOnMobile: true },
    { key: "community", header: t("residents.community"), cell: (r) => r.community ?? "—", hideOnMobile: true },
    { key: "phone", header: t("residents.phone"), cell: (r) => r.maskedPhone ?? "—", className: "tabular-nums" },
  ];

  return (
    <div>
      <PageHeader title={t("residents.title")} description={t("residents.lead")} />
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("residents.invalidSearch")}
        </FormMessage>
      )}
      <FilterBar action="/residents" label={t("residents.searchLabel")} active={Boolean(q)}>
        <TextField type="search" name="q" label={t("residents.search")} placeholder={t("residents.searchPlaceholder")} defaultValue={q} maxLength={40} wrapperClassName="min-w-48 flex-1" />
      </FilterBar>
      {q ? (
        <DataTable caption={t("residents.caption")} columns={columns} rows={rows} rowKey={(r) => r.id} empty={<EmptyState icon="search" title={t("residents.noMatch")} />} />
      ) : (
        <EmptyState icon="users" title={t("residents.searchFirst")} />
      )}
    </div>
  );
}
