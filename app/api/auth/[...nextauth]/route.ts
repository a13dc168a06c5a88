// Auth.js endpoints (session, CSRF, sign-out) used by the browser; sign-in itself runs through lib/auth.
import { handlers } from "@/app/_server/auth";

export const { GET, POST } = handlers;
