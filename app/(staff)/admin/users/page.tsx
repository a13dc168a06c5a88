import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, type SearchParams } from "@/app/_components/pagination";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { ROLES } from "@/db/schema";
import { label, t } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/time";
import { listUsersPage } from "@/lib/users/queries";
import { listUsersSchema, USER_STATUSES, type ListUsersInput } from "@/lib/users/schemas";

export const metadata: Metadata = { title: t("users.title") };

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: label("role", r) }));
const STATUS_OPTIONS = USER_STATUSES.map((s) => ({ value: s, label: label("users.status", s) }));

/** What one row of the list shows: built here, never a whole database row. */
interface Row {
  id: number;
  name: string;
  username: string;
  phone: string | null;
  roles: string[];
  active: boolean;
  lastSignIn: string | null;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["admin"]);
  const sp = await searchParams;
  const raw = { q: first(sp.q), role: first(sp.role), status: first(sp.status), cursor: first(sp.cursor) };
  const parsed = listUsersSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  const filters: ListUsersInput = parsed.success ? parsed.data : {};
  const { items, nextCursor } = listUsersPage(ctx, { ...filters, limit: 50 });
  const rows: Row[] = items.map((u) => ({
    id: u.id,
    name: u.name,
    username: u.username,
    phone: u.phone,
    roles: u.roles,
    active: u.active,
    lastSignIn: u.lastSignInAt ? formatDateTime(u.lastSignInAt) : null,
  }));
  const filtered = Boolean(filters.q || filters.role || filters.status);

  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("users.col.name"),
      cell: (r) => (
        <>
          <Link href={`/admin/users/${r.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {r.name}
          </Link>
          <span className="block text-sm text-stone-600">{r.username}</span>
        </>
      ),
    },
    {
      key: "roles",
      header: t("users.col.roles"),
      cell: (r) => (
        <ul className="flex flex-wrap gap-1.5">
          {r.roles.map((role) => (
            <li key={role}>
              <Badge tone={role === "admin" ? "brand" : role === "resident" ? "neutral" : "info"} dot={false}>
                {label("role", role)}
              </Badge>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: "status",
      header: t("users.col.status"),
      cell: (r) => <Badge tone={r.active ? "success" : "danger"}>{label("users.status", r.active ? "active" : "disabled")}</Badge>,
      className: "whitespace-nowrap",
    },
    {
      key: "lastSignIn",
      header: t("users.col.lastSignIn"),
      cell: (r) => r.lastSignIn ?? <span className="text-stone-600">{t("users.neverSignedIn")}</span>,
      className: "whitespace-nowrap",
      hideOnMobile: true,
    },
    { key: "phone", header: t("users.col.phone"), cell: (r) => r.phone ?? "—", className: "whitespace-nowrap tabular-nums", hideOnMobile: true },
  ];

  return (
    <div>
      <PageHeader
        title={t("users.title")}
        description={t("users.lead")}
        actions={
          <ButtonLink href="/admin/users/new" variant="primary" icon="plus">
            {t("users.new")}
          </ButtonLink>
        }
      />
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("users.invalidFilter")}
        </FormMessage>
      )}
      <FilterBar action="/admin/users" label={t("users.filterLabel")} active={filtered}>
        <TextField type="search" name="q" label={t("users.search")} placeholder={t("users.searchPlaceholder")} defaultValue={filters.q ?? ""} maxLength={40} wrapperClassName="min-w-56 flex-1" />
        <SelectField name="role" label={t("users.col.roles")} options={ROLE_OPTIONS} allLabel={t("ui.all")} defaultValue={filters.role ?? ""} wrapperClassName="min-w-40" />
        <SelectField name="status" label={t("users.status")} options={STATUS_OPTIONS} allLabel={t("ui.all")} defaultValue={filters.status ?? ""} wrapperClassName="min-w-32" />
      </FilterBar>
      <DataTable
        caption={t("users.tableCaption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={
          <EmptyState
            icon="users"
            title={t("users.emptyTitle")}
            description={filtered ? t("users.emptyDescription") : undefined}
            action={
              <ButtonLink href="/admin/users/new" icon="plus">
                {t("users.new")}
              </ButtonLink>
            }
          />
        }
      />
      <Pagination pathname="/admin/users" searchParams={sp} nextCursor={nextCursor} />
    </div>
  );
}
