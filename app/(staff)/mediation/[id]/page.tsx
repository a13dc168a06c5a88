import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import { Tabs } from "@/app/_components/tabs";
import { requireActor } from "@/app/_server/actor";
import { TimelineLink } from "@/app/(staff)/residents/_components/timeline-link";
import { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { canRegisterCase } from "@/lib/mediation/policy";
import { getCaseDetail, listAssignableStaff, type CaseDetail } from "@/lib/mediation/queries";
import { AGREEMENT_STATES, ASSIGNABLE_STATES, FOLLOW_UP_STATES, SESSION_STATES, SETTLEMENT_STATES } from "@/lib/mediation/workflow";
import { listRooms } from "@/lib/rooms/queries";
import { formatDate, formatDateTime, formatTime, toIsoLocal, toLocalDate } from "@/lib/time";
import { AgreementForm } from "../_components/agreement-form";
import { AssignForm } from "../_components/assign-form";
import { CaseStatusBadge, DeadlineBadge } from "../_components/case-badges";
import { ExtendForm } from "../_components/extend-form";
import { FollowUpForm } from "../_components/follow-up-form";
import { NoteForm } from "../_components/note-form";
import { SessionForm } from "../_components/session-form";
import type { PartyOption } from "../_components/session-record-fields";
import { SessionUpdateButton } from "../_components/session-update-form";
import { PRINT_DOCS } from "../_components/print-docs";
import { TransitionActions } from "../_components/transition-actions";

export const metadata: Metadata = { title: t("mediation.title") };

const TABS = ["overview", "parties", "sessions", "agreement", "follow-ups", "support", "log"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, Parameters<typeof t>[0]> = {
  overview: "mediation.tab.overview",
  parties: "mediation.tab.parties",
  sessions: "mediation.tab.sessions",
  agreement: "mediation.tab.agreement",
  "follow-ups": "mediation.tab.followUps",
  support: "mediation.tab.support",
  log: "mediation.tab.log",
};

/** Free text keeps its line breaks and is rendered as text, never as HTML. */
const Text = ({ children }: { children: string | null }) => (children ? <p className="whitespace-pre-wrap">{children}</p> : <p className="text-stone-500">{t("mediation.info.none")}</p>);

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt className="text-sm text-stone-600">{k}</dt>
          <dd className="text-stone-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[]; registered?: string }> }) {
  const ctx = await requireActor(["mediator", "admin", "counselor"]);
  const { id: rawId } = await params;
  const sp = await searchParams;
  const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const tab: Tab = TABS.find((x) => x === (Array.isArray(sp.tab) ? sp.tab[0] : sp.tab)) ?? "overview";
  let c: CaseDetail;
  try {
    c = getCaseDetail(ctx, id, `page:${tab}`);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  // The support-notes tab exists only for the case team.
  if (tab === "support" && c.supportNotes === null) notFound();

  const base = `/mediation/${c.id}`;
  const tabs = TABS.filter((x) => x !== "support" || c.supportNotes !== null).map((x) => ({
    href: x === "overview" ? base : `${base}?tab=${x}`,
    label: t(TAB_LABEL[x]),
    count: x === "sessions" ? c.sessions.length : x === "follow-ups" ? c.followUps.length : x === "support" ? (c.supportNotes?.length ?? 0) : undefined,
  }));
  const parties: PartyOption[] = c.parties.map((p) => ({ id: p.id, name: p.name, role: p.role }));

  return (
    <div>
      <PageHeader
        title={c.caseNo}
        description={`${label("mediationDisputeType", c.disputeType)} · ${label("mediationSource", c.source)} · ${t("mediation.info.registeredBy", { date: formatDate(c.createdAt), name: c.createdBy.name })}`}
        back={{ href: "/mediation", label: t("mediation.backToList") }}
      />
      {sp.registered ? (
        <FormMessage tone="success" className="mb-4">
          {t("mediation.registered", { caseNo: c.caseNo })}
        </FormMessage>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <CaseStatusBadge status={c.status} />
        <RiskColorBadge color={c.riskColor} />
        <DeadlineBadge deadline={c.deadline} />
      </div>
      {c.can.transitions.length > 0 ? (
        <div className="mb-6">
          <TransitionActions caseId={c.id} status={c.status} next={c.can.transitions} />
        </div>
      ) : null}
      <Tabs items={tabs} current={tab === "overview" ? base : `${base}?tab=${tab}`} label={t("mediation.tabsLabel")} />

      {tab === "overview" ? <Overview c={c} ctx={ctx} /> : null}
      {tab === "parties" ? <Parties c={c} /> : null}
      {tab === "sessions" ? (
        <div className="space-y-6">
          {c.sessions.length === 0 ? <EmptyState title={t("mediation.sessions.none")} icon="clipboard" /> : null}
          {c.sessions.map((s, i) => (
            <Card
              key={s.id}
              title={t("mediation.sessions.n", { n: i + 1 })}
              description={`${formatDateTime(s.heldAt)}${s.endAt ? `–${formatTime(s.endAt)}` : ""} · ${s.place}`}
              actions={
                c.can.work && [...SESSION_STATES, "agreed", "failed"].includes(c.status) ? (
                  <SessionUpdateButton caseId={c.id} parties={parties} session={{ id: s.id, n: i + 1, participants: s.participants, statements: s.statements, facts: s.facts, outcome: s.outcome }} />
                ) : null
              }
            >
              {s.room ? (
                <Badge tone={s.room.status === "cancelled" ? "neutral" : "brand"} className="mb-3">
                  {t("mediation.sessions.roomBooked", { room: s.room.name })}
                  {s.room.status === "cancelled" ? ` · ${label("reservationStatus", "cancelled")}` : ""}
                </Badge>
              ) : null}
              <Facts items={[[t("mediation.sessions.participants"), <Text key="p">{s.participants}</Text>]]} />
              <h3 className="mt-4 mb-2 font-medium">{t("mediation.sessions.statements")}</h3>
              {s.statements.length === 0 ? (
                <p className="text-stone-500">{t("mediation.info.none")}</p>
              ) : (
                <dl className="space-y-2">
                  {s.statements.map((st) => {
                    const p = c.parties.find((x) => x.id === st.partyId);
                    return (
                      <div key={st.partyId}>
                        <dt className="text-sm text-stone-600">{p ? `${label("mediationPartyRole", p.role)} ${p.name}` : ""}</dt>
                        <dd className="whitespace-pre-wrap">{st.text}</dd>
                      </div>
                    );
                  })}
                </dl>
              )}
              <div className="mt-4">
                <Facts
                  items={[
                    [t("mediation.sessions.facts"), <Text key="f">{s.facts}</Text>],
                    [t("mediation.sessions.outcome"), <Text key="o">{s.outcome}</Text>],
                  ]}
                />
              </div>
              <p className="mt-3 text-sm text-stone-600">{t("mediation.sessions.recorder", { name: s.recorder.name })}</p>
            </Card>
          ))}
          {c.can.work && SESSION_STATES.includes(c.status) ? (
            <Card title={t("mediation.sessions.new")} description={t("mediation.sessions.newLead")}>
              <SessionForm caseId={c.id} parties={parties} rooms={listRooms(ctx).map((r) => ({ id: r.id, name: r.name }))} defaultStart={toIsoLocal(new Date(Math.ceil(ctx.now.getTime() / 3_600_000) * 3_600_000))} />
            </Card>
          ) : null}
        </div>
      ) : null}
      {tab === "agreement" ? (
        <div className="space-y-6">
          {c.agreement ? (
            <Card title={c.agreement.oral ? t("mediation.agreement.oral") : t("mediation.agreement.written")} description={`${t("mediation.agreement.no")}：${c.agreement.agreementNo}`}>
              <Facts
                items={[
                  [t("mediation.agreement.facts"), <Text key="f">{c.agreement.facts}</Text>],
                  [t("mediation.agreement.content"), <Text key="c">{c.agreement.content}</Text>],
                  [t("mediation.agreement.method"), <Text key="m">{c.agreement.performanceMethod}</Text>],
                  [t("mediation.agreement.deadline"), c.agreement.performanceDeadlineOn ?? t("mediation.info.none")],
                  [t("mediation.agreement.signedOn"), c.agreement.signedOn],
                ]}
              />
            </Card>
          ) : (
            <EmptyState title={t("mediation.agreement.none")} icon="book" />
          )}
          {c.can.manage && AGREEMENT_STATES.includes(c.status) ? (
            <Card title={c.agreement ? t("mediation.agreement.editExisting") : t("mediation.agreement.edit")}>
              <AgreementForm
                caseId={c.id}
                today={toLocalDate(ctx.now)}
                current={
                  c.agreement
                    ? {
                        oral: c.agreement.oral,
                        facts: c.agreement.facts,
                        content: c.agreement.content,
                        performanceMethod: c.agreement.performanceMethod ?? "",
                        performanceDeadlineOn: c.agreement.performanceDeadlineOn ?? "",
                        signedOn: c.agreement.signedOn,
                      }
                    : null
                }
              />
            </Card>
          ) : null}
        </div>
      ) : null}
      {tab === "follow-ups" ? (
        <div className="space-y-6">
          {c.followUps.length === 0 ? <EmptyState title={t("mediation.followUps.none")} icon="phone" /> : null}
          {c.followUps.map((f, i) => (
            <Card key={f.id} title={t("mediation.print.visitN", { n: i + 1 })} description={`${formatDateTime(f.visitedAt)} · ${label("mediationFollowUpMethod", f.method)} · ${t("mediation.followUps.by", { name: f.by.name })}`}>
              <Facts
                items={[
                  [t("mediation.followUps.performed"), label("mediationPerformance", f.performed)],
                  [t("mediation.followUps.satisfaction"), label("mediationSatisfaction", f.satisfaction)],
                  [t("mediation.followUps.situation"), <Text key="s">{f.situation}</Text>],
                  [t("mediation.followUps.risks"), <Text key="r">{f.risks}</Text>],
                  [t("mediation.followUps.measures"), <Text key="m">{f.measures}</Text>],
                ]}
              />
            </Card>
          ))}
          {c.can.work && FOLLOW_UP_STATES.includes(c.status) ? (
            <Card title={t("mediation.followUps.new")}>
              <FollowUpForm caseId={c.id} now={toIsoLocal(new Date(Math.floor(ctx.now.getTime() / 60_000) * 60_000))} />
            </Card>
          ) : null}
        </div>
      ) : null}
      {tab === "support" && c.supportNotes ? (
        <div className="space-y-6">
          <p className="text-stone-600">{t("mediation.support.lead")}</p>
          {c.supportNotes.length === 0 ? <EmptyState title={t("mediation.support.none")} icon="heart" /> : null}
          {c.supportNotes.map((n) => (
            <Card key={n.id} title={n.author.name} titleAs="h3" description={formatDateTime(n.createdAt)}>
              <Text>{n.text}</Text>
            </Card>
          ))}
          {c.can.writeNotes ? (
            <Card title={t("mediation.support.new")}>
              <NoteForm caseId={c.id} />
            </Card>
          ) : null}
        </div>
      ) : null}
      {tab === "log" ? <Log c={c} /> : null}
    </div>
  );
}

function Overview({ c, ctx }: { c: CaseDetail; ctx: Awaited<ReturnType<typeof requireActor>> }) {
  const lead = c.team.find((m) => m.role === "lead");
  const staff = c.can.assign && ASSIGNABLE_STATES.includes(c.status) && canRegisterCase(ctx.actor) ? listAssignableStaff(ctx) : null;
  const settling = SETTLEMENT_STATES.includes(c.status);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title={t("mediation.info.title")}>
          <Facts
            items={[
              [t("mediation.info.caseNo"), c.caseNo],
              [t("mediation.field.source"), label("mediationSource", c.source)],
              [t("mediation.field.disputeType"), label("mediationDisputeType", c.disputeType)],
              [t("mediation.field.riskColor"), <RiskColorBadge key="r" color={c.riskColor} />],
              [t("mediation.info.riskReason"), <Text key="rr">{c.riskReason}</Text>],
              [t("mediation.info.registered"), t("mediation.info.registeredBy", { date: formatDateTime(c.createdAt), name: c.createdBy.name })],
              [t("mediation.info.accepted"), c.acceptedAt ? formatDateTime(c.acceptedAt) : t("mediation.info.none")],
              [
                t("mediation.info.deadline"),
                c.deadlineOn ? (
                  <span key="d">
                    {c.extendedDeadlineOn ?? c.deadlineOn}
                    {c.extendedDeadlineOn ? <span className="block text-sm text-stone-600">{t("mediation.info.extended", { date: c.extendedDeadlineOn, original: c.deadlineOn, reason: c.extensionReason ?? "" })}</span> : null}
                  </span>
                ) : (
                  t("mediation.info.none")
                ),
              ],
              ...(c.judicialConfirmationBy ? [[t("mediation.info.judicialBy"), c.judicialConfirmationBy] as [string, ReactNode]] : []),
              ...(c.followUpDueOn ? [[t("mediation.info.followUpDue"), c.followUpDueOn] as [string, ReactNode]] : []),
              ...(c.closedAt ? [[t("mediation.info.closed"), formatDateTime(c.closedAt)] as [string, ReactNode]] : []),
              ...(c.archivedAt ? [[t("mediation.info.archived"), formatDateTime(c.archivedAt)] as [string, ReactNode]] : []),
            ]}
          />
        </Card>
        <Card title={t("mediation.field.summary")}>
          <Text>{c.summary}</Text>
          <h3 className="mt-4 mb-1 text-sm text-stone-600">{t("mediation.field.requestedItems")}</h3>
          <Text>{c.requestedItems}</Text>
        </Card>
        {c.can.manage && settling && c.deadlineOn ? (
          <Card title={t("mediation.extend.title")}>
            <ExtendForm caseId={c.id} current={c.extendedDeadlineOn ?? c.deadlineOn} />
          </Card>
        ) : null}
      </div>
      <div className="space-y-6">
        <Card title={t("mediation.team.title")}>
          {c.team.length === 0 ? (
            <p className="text-stone-600">{t("mediation.team.none")}</p>
          ) : (
            <ul className="space-y-1.5">
              {c.team.map((m) => (
                <li key={m.userId} className="flex items-center justify-between gap-2">
                  <span>{m.name}</span>
                  <Badge tone={m.role === "counselor" ? "info" : m.role === "lead" ? "brand" : "neutral"} dot={false}>
                    {label("mediationTeamRole", m.role)}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
          {staff ? (
            <div className="mt-5 border-t border-stone-100 pt-4">
              <h3 className="mb-3 font-medium">{t("mediation.team.assign")}</h3>
              <AssignForm
                caseId={c.id}
                mediators={staff.mediators}
                counselors={staff.counselors}
                current={{ leadId: lead?.userId ?? null, assistantIds: c.team.filter((m) => m.role === "assistant").map((m) => m.userId), counselorId: c.team.find((m) => m.role === "counselor")?.userId ?? null }}
              />
            </div>
          ) : null}
        </Card>
        <Card title={t("mediation.print.title")} description={t("mediation.print.lead")}>
          <ul aria-label={t("mediation.print.documentsLabel")} className="space-y-2">
            {PRINT_DOCS.map(([doc, key]) => (
              <li key={doc}>
                <ButtonLink href={`/mediation/${c.id}/print/${doc}`} size="sm" variant="ghost" icon="clipboard" target="_blank">
                  {t(key)}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}

function Parties({ c }: { c: CaseDetail }) {
  type P = CaseDetail["parties"][number];
  const columns: Column<P>[] = [
    { key: "role", header: t("mediation.field.partyRole"), cell: (p) => label("mediationPartyRole", p.role), className: "whitespace-nowrap" },
    {
      key: "name",
      header: t("mediation.field.partyName"),
      cell: (p) => (
        <>
          <span className="font-medium">{p.name}</span>
          {p.residentId ? (
            <span className="block text-sm text-stone-600">
              {t("mediation.parties.linked")} <TimelineLink residentId={p.residentId} />
            </span>
          ) : null}
        </>
      ),
    },
    { key: "gender", header: t("mediation.field.gender"), cell: (p) => (p.gender ? label("gender", p.gender) : "—"), className: "whitespace-nowrap" },
    { key: "ethnicity", header: t("mediation.field.ethnicity"), cell: (p) => p.ethnicity ?? "—", hideOnMobile: true },
    { key: "age", header: t("mediation.field.age"), cell: (p) => (p.age ?? "—").toString(), hideOnMobile: true },
    { key: "occupation", header: t("mediation.field.occupation"), cell: (p) => p.occupation ?? "—", hideOnMobile: true },
    { key: "phone", header: t("mediation.field.phone"), cell: (p) => p.phone ?? "—", className: "whitespace-nowrap tabular-nums" },
    { key: "address", header: t("mediation.field.address"), cell: (p) => p.address ?? "—", hideOnMobile: true },
  ];
  return <DataTable caption={t("mediation.parties.title")} columns={columns} rows={c.parties} rowKey={(p) => p.id} />;
}

function Log({ c }: { c: CaseDetail }) {
  type X = CaseDetail["transitions"][number];
  const columns: Column<X>[] = [
    { key: "at", header: t("mediation.log.at"), cell: (x) => formatDateTime(x.at), className: "whitespace-nowrap" },
    { key: "step", header: t("mediation.log.step"), cell: (x) => (x.from ? `${label("mediationStatus", x.from)} → ${label("mediationStatus", x.to)}` : t("mediation.log.created")) },
    { key: "by", header: t("mediation.log.by"), cell: (x) => x.by.name },
    { key: "reason", header: t("mediation.log.reason"), cell: (x) => <span className="whitespace-pre-wrap">{x.reason ?? "—"}</span> },
  ];
  return <DataTable caption={t("mediation.log.title")} columns={columns} rows={c.transitions} rowKey={(x) => x.id} />;
}
