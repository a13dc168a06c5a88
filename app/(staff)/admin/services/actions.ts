"use server";
// The service catalogue (admin only): the same schema as the API, one use case each.
import { serverAction } from "@/app/_server/action";
import { createService } from "@/lib/appointments/create-service";
import { serviceSchema } from "@/lib/appointments/schemas";
import { updateService } from "@/lib/appointments/update-service";
import { z } from "@/lib/zod";

export const createServiceAction = serverAction({ roles: ["admin"], schema: serviceSchema }, (ctx, input) => createService(ctx, input));

export const updateServiceAction = serverAction({ roles: ["admin"], schema: serviceSchema.extend({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }) }, (ctx, { id, ...input }) =>
  updateService(ctx, id, input),
);
