// POST /api/v1/me/consent/withdraw — a resident withdraws their consent (PIPL); audited.
import { apiRoute } from "@/app/_server/api";
import { toIsoLocal } from "@/lib/time";
import { withdrawConsent } from "@/lib/residents/withdraw-consent";

export const POST = apiRoute({ roles: ["resident"] }, ({ ctx }) => ({ body: { withdrawnAt: toIsoLocal(withdrawConsent(ctx).withdrawnAt) } }));
