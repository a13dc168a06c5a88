import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PrintButton } from "@/app/_components/print-button";
import { PRINT_DOCS, type PrintDoc } from "@/app/(staff)/mediation/_components/print-docs";
import { requireActor } from "@/app/_server/actor";
import { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { getCaseDetail, type CaseDetail } from "@/lib/mediation/queries";
import { formatDate, formatDateTime, formatTime } from "@/lib/time";

// The case's documents as clean A4 pages: outside the staff shell, print CSS, Chinese typography,
// every free text rendered as text. Each view is an audited read of the case.

export const metadata: Metadata = { title: t("mediation.print.title") };

const PAGE_CSS = `
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
@media print { html, body { background: #fff !important; } }
`;

// Formal documents carry the date without the weekday.
const day = (d: Date) => formatDate(d).split(" ")[0];

const docKey = (doc: string) => PRINT_DOCS.find(([d]) => d === doc);

export default async function PrintPage({ params }: { params: Promise<{ id: string; doc: string }> }) {
  const ctx = await requireActor(["mediator", "admin", "counselor"]);
  const { id: rawId, doc } = await params;
  const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : NaN;
  const entry = docKey(doc);
  if (!Number.isSafeInteger(id) || id <= 0 || !entry) notFound();
  let c: CaseDetail;
  try {
    c = getCaseDetail(ctx, id, `print:${doc}`);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const body: Record<PrintDoc, ReactNode> = {
    register: <RegisterForm c={c} />,
    record: <Record c={c} />,
    agreement: <Agreement c={c} />,
    "follow-up": <FollowUps c={c} />,
    cover: <Cover c={c} />,
  };
  return (
    <div className="min-h-dvh bg-stone-100 py-6 print:bg-white print:py-0">
      <style>{PAGE_CSS}</style>
      <nav aria-label={t("mediation.print.documentsLabel")} className="mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center justify-between gap-3 px-4 print:hidden">
        <Link href={`/mediation/${c.id}`} className="text-teal-800 underline-offset-2 hover:underline">
          ← {t("mediation.print.back")}
        </Link>
        <ul className="flex flex-wrap gap-3 text-sm">
          {PRINT_DOCS.map(([d, key]) => (
            <li key={d}>
              <Link href={`/mediation/${c.id}/print/${d}`} aria-current={d === doc ? "page" : undefined} className={d === doc ? "font-semibold text-stone-900" : "text-teal-800 hover:underline"}>
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
        <PrintButton />
      </nav>
      <main
        className="mx-auto box-border max-w-[210mm] bg-white px-[16mm] py-[18mm] text-[12pt] leading-relaxed text-black shadow print:max-w-none print:p-0 print:shadow-none"
        style={{ fontFamily: '"SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif' }}
      >
        {body[entry[0]]}
      </main>
    </div>
  );
}

function Title({ children, no }: { children: ReactNode; no?: string }) {
  return (
    <header className="mb-6 text-center">
      <h1 className="text-[20pt] font-bold tracking-[0.2em]" style={{ fontFamily: '"SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif' }}>
        {children}
      </h1>
      {no ? <p className="mt-2 text-end">{no}</p> : null}
    </header>
  );
}

/** Text exactly as typed: line breaks kept, never HTML. */
const Free = ({ children }: { children: string | null | undefined }) => <span className="whitespace-pre-wrap">{children ?? ""}</span>;

function Grid({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <table className="w-full border-collapse border border-black">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k} className="break-inside-avoid">
            <th scope="row" className="w-[28%] border border-black px-2 py-1.5 text-start align-top font-normal">
              {k}
            </th>
            <td className="border border-black px-2 py-1.5 align-top">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Sign({ who }: { who: string[] }) {
  return (
    <div className="mt-10 grid grid-cols-2 gap-x-10 gap-y-8 break-inside-avoid">
      {who.map((w, i) => (
        <p key={`${w}-${i}`} className="flex items-end gap-2">
          <span className="shrink-0">{w}：</span>
          <span className="inline-block min-w-32 flex-1 border-b border-black" aria-hidden="true">
            &nbsp;
          </span>
        </p>
      ))}
    </div>
  );
}

const partyLine = (p: CaseDetail["parties"][number]) =>
  [
    `${label("mediationPartyRole", p.role)}：${p.name}`,
    p.gender ? label("gender", p.gender) : null,
    p.ethnicity,
    p.age !== null ? `${p.age} 岁` : null,
    p.occupation,
    p.address ? `住址：${p.address}` : null,
    p.phone ? `联系电话：${p.phone}` : null,
  ]
    .filter(Boolean)
    .join("，");

const mediators = (c: CaseDetail) => c.team.filter((m) => m.role !== "counselor").map((m) => m.name).join("、") || "—";
const counselor = (c: CaseDetail) => c.team.find((m) => m.role === "counselor")?.name ?? "—";

function acceptOpinion(c: CaseDetail): string {
  const rejected = c.transitions.find((x) => x.to === "rejected");
  if (rejected) return `${label("mediationStatus", "rejected")}（${day(rejected.at)}）：${rejected.reason ?? ""}`;
  if (c.acceptedAt) return `${label("mediationStatus", "accepted")}（${day(c.acceptedAt)}），${t("mediation.info.deadline")} ${c.extendedDeadlineOn ?? c.deadlineOn ?? ""}`;
  return label("mediationStatus", c.status);
}

function RegisterForm({ c }: { c: CaseDetail }) {
  return (
    <article>
      <Title no={`${t("mediation.info.caseNo")}：${c.caseNo}`}>{t("mediation.print.registerTitle")}</Title>
      <Grid
        rows={[
          [t("mediation.print.regDate"), day(c.createdAt)],
          [t("mediation.field.source"), label("mediationSource", c.source)],
          [t("mediation.field.disputeType"), label("mediationDisputeType", c.disputeType)],
          ...c.parties.map((p, i) => [`${label("mediationPartyRole", p.role)}${c.parties.filter((x) => x.role === p.role).length > 1 ? ` ${c.parties.filter((x, j) => x.role === p.role && j <= i).length}` : ""}`, partyLine(p).replace(/^[^：]*：/, "")] as [string, ReactNode]),
          [t("mediation.field.summary"), <Free key="s">{c.summary}</Free>],
          [t("mediation.field.requestedItems"), <Free key="r">{c.requestedItems}</Free>],
          [t("mediation.field.riskColor"), `${label("mediationRiskColor", c.riskColor)}${c.riskReason ? `：${c.riskReason}` : ""}`],
          [t("mediation.print.acceptOpinion"), <Free key="a">{acceptOpinion(c)}</Free>],
          [t("mediation.team.lead"), c.team.find((m) => m.role === "lead")?.name ?? "—"],
          [t("mediation.team.assistants"), c.team.filter((m) => m.role === "assistant").map((m) => m.name).join("、") || "—"],
          [t("mediation.team.counselor"), counselor(c)],
        ]}
      />
      <Sign who={[t("mediation.print.signMediator"), t("mediation.print.signRecorder")]} />
    </article>
  );
}

function Record({ c }: { c: CaseDetail }) {
  return (
    <article>
      <Title no={`${t("mediation.info.caseNo")}：${c.caseNo}`}>{t("mediation.print.recordTitle")}</Title>
      {c.sessions.length === 0 ? <p>{t("mediation.print.noSessions")}</p> : null}
      {c.sessions.map((s, i) => (
        <section key={s.id} className="mb-8 break-inside-avoid-page">
          <h2 className="mb-2 font-bold">{t("mediation.print.sessionN", { n: i + 1 })}</h2>
          <Grid
            rows={[
              [t("mediation.print.time"), `${formatDateTime(s.heldAt)}${s.endAt ? `—${formatTime(s.endAt)}` : ""}`],
              [t("mediation.print.place"), s.place],
              [t("mediation.print.participants"), <Free key="p">{s.participants}</Free>],
              ...s.statements.map((st) => {
                const p = c.parties.find((x) => x.id === st.partyId);
                return [t("mediation.print.statement", { role: p ? label("mediationPartyRole", p.role) : "", name: p?.name ?? "" }), <Free key={st.partyId}>{st.text}</Free>] as [string, ReactNode];
              }),
              [t("mediation.print.facts"), <Free key="f">{s.facts}</Free>],
              [t("mediation.print.outcome"), <Free key="o">{s.outcome}</Free>],
            ]}
          />
        </section>
      ))}
      <Sign who={[...c.parties.map((p) => `${label("mediationPartyRole", p.role)}${p.name}`), t("mediation.print.signMediator"), t("mediation.print.signRecorder")]} />
    </article>
  );
}

function Agreement({ c }: { c: CaseDetail }) {
  const a = c.agreement;
  if (!a) {
    return (
      <article>
        <Title>{t("mediation.print.agreementTitle")}</Title>
        <p>{t("mediation.print.noAgreement")}</p>
      </article>
    );
  }
  const performance = [a.performanceMethod, a.performanceDeadlineOn ? `${t("mediation.agreement.deadline")}：${a.performanceDeadlineOn}` : null].filter(Boolean).join("；");
  return (
    <article>
      <Title no={`${t("mediation.agreement.no")}：${a.agreementNo}`}>{t("mediation.print.agreementTitle")}</Title>
      {a.oral ? <p className="mb-4 font-bold">{t("mediation.print.oralNote")}</p> : null}
      <section className="mb-5">
        <h2 className="mb-2 font-bold">{t("mediation.print.partiesBasic")}</h2>
        <ul className="space-y-1">
          {c.parties.map((p) => (
            <li key={p.id}>{partyLine(p)}</li>
          ))}
        </ul>
      </section>
      <section className="mb-5">
        <h2 className="mb-2 font-bold">{t("mediation.print.factsAndIssues")}</h2>
        <p className="indent-[2em]">
          <Free>{a.facts}</Free>
        </p>
      </section>
      <section className="mb-5">
        <h2 className="mb-2 font-bold">{t("mediation.print.agreementContent")}</h2>
        <p>
          <Free>{a.content}</Free>
        </p>
      </section>
      <section className="mb-5">
        <h2 className="mb-2 font-bold">{t("mediation.print.performance")}</h2>
        <p>
          <Free>{performance || "—"}</Free>
        </p>
      </section>
      {a.oral ? null : <p className="indent-[2em]">{t("mediation.print.copies")}</p>}
      <Sign
        who={[
          ...c.parties.map((p) => `${label("mediationPartyRole", p.role)}（${p.name}）`),
          t("mediation.print.signMediator"),
          t("mediation.print.signRecorder"),
        ]}
      />
      <div className="mt-10 text-end break-inside-avoid">
        <p>{t("mediation.print.committeeSeal")}</p>
        <p className="mt-2">{t("mediation.print.committee")}</p>
        <p className="mt-2">{a.signedOn.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}</p>
      </div>
    </article>
  );
}

function FollowUps({ c }: { c: CaseDetail }) {
  return (
    <article>
      <Title no={`${t("mediation.info.caseNo")}：${c.caseNo}`}>{t("mediation.print.followUpTitle")}</Title>
      {c.agreement ? <p className="mb-4">{`${t("mediation.agreement.no")}：${c.agreement.agreementNo}`}</p> : null}
      {c.followUps.length === 0 ? <p>{t("mediation.print.noFollowUps")}</p> : null}
      {c.followUps.map((f, i) => (
        <section key={f.id} className="mb-8 break-inside-avoid-page">
          <h2 className="mb-2 font-bold">{t("mediation.print.visitN", { n: i + 1 })}</h2>
          <Grid
            rows={[
              [t("mediation.print.visitedAt"), formatDateTime(f.visitedAt)],
              [t("mediation.print.method"), label("mediationFollowUpMethod", f.method)],
              [t("mediation.print.visitor"), f.by.name],
              [t("mediation.print.performed"), label("mediationPerformance", f.performed)],
              [t("mediation.print.satisfaction"), label("mediationSatisfaction", f.satisfaction)],
              [t("mediation.print.situation"), <Free key="s">{f.situation}</Free>],
              [t("mediation.print.risks"), <Free key="r">{f.risks}</Free>],
              [t("mediation.print.measures"), <Free key="m">{f.measures}</Free>],
            ]}
          />
        </section>
      ))}
      <Sign who={[t("mediation.print.visitor")]} />
    </article>
  );
}

function result(c: CaseDetail): string {
  if (c.transitions.some((x) => x.to === "rejected")) return t("mediation.print.result.rejected");
  if (c.agreement && c.transitions.some((x) => x.to === "agreed")) return t("mediation.print.result.agreed");
  if (c.transitions.some((x) => x.to === "failed")) return t("mediation.print.result.failed");
  return t("mediation.print.result.pending");
}

function Cover({ c }: { c: CaseDetail }) {
  const toc: [string, string][] = [
    [t("mediation.print.registerTitle"), t("mediation.print.tocCount", { count: 1 })],
    [t("mediation.print.recordTitle"), c.sessions.length ? t("mediation.print.tocCount", { count: c.sessions.length }) : t("mediation.print.tocAbsent")],
    [t("mediation.print.agreementTitle"), c.agreement ? `${t("mediation.print.tocCount", { count: 1 })}${c.agreement.oral ? `（${t("mediation.agreement.oral")}）` : ""}` : t("mediation.print.tocAbsent")],
    [t("mediation.print.followUpTitle"), c.followUps.length ? t("mediation.print.tocCount", { count: c.followUps.length }) : t("mediation.print.tocAbsent")],
  ];
  return (
    <article>
      <p className="mb-16 text-center text-[14pt]">{t("mediation.print.committee")}</p>
      <h1 className="mb-16 text-center text-[28pt] font-bold tracking-[0.4em]" style={{ fontFamily: '"SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif' }}>
        {t("mediation.print.coverTitle")}
      </h1>
      <Grid
        rows={[
          [t("mediation.info.caseNo"), c.caseNo],
          [t("mediation.print.coverCaseName"), `${label("mediationDisputeType", c.disputeType)}`],
          [t("mediation.print.coverParties"), c.parties.map((p) => `${label("mediationPartyRole", p.role)}：${p.name}`).join("；")],
          [t("mediation.print.coverMediators"), mediators(c)],
          [t("mediation.team.counselor"), counselor(c)],
          [t("mediation.print.coverAccepted"), c.acceptedAt ? day(c.acceptedAt) : "—"],
          [t("mediation.print.coverClosed"), c.closedAt ? day(c.closedAt) : "—"],
          [t("mediation.print.coverResult"), result(c)],
          [t("mediation.print.coverKeep"), t("mediation.print.coverKeepValue")],
        ]}
      />
      <section className="mt-12 break-before-page">
        <h2 className="mb-4 text-center text-[16pt] font-bold tracking-[0.3em]">{t("mediation.print.toc")}</h2>
        <table className="w-full border-collapse border border-black">
          <thead>
            <tr>
              {[t("mediation.print.tocNo"), t("mediation.print.tocName"), t("mediation.print.tocPages"), t("mediation.print.tocNote")].map((h) => (
                <th key={h} scope="col" className="border border-black px-2 py-1.5 font-normal">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {toc.map(([name, note], i) => (
              <tr key={name}>
                <td className="border border-black px-2 py-1.5 text-center">{i + 1}</td>
                <td className="border border-black px-2 py-1.5">{name}</td>
                <td className="border border-black px-2 py-1.5 text-center">&nbsp;</td>
                <td className="border border-black px-2 py-1.5">{note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
