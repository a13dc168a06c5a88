import { ROLES } from "@/db/schema";
import { z } from "../zod";

export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
});

export const tokenResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string().meta({ description: "ISO 8601 with +08:00" }),
  user: meSchema,
});
