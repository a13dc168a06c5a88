import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

class LockedSignIn extends CredentialsSignin {
  code = "locked";
}
class InvalidSignIn extends CredentialsSignin {
  code = "invalid";
}

export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}

/**
 * Auth.js carries only the id of our own session row in its encrypted JWT cookie. Everything that
 * matters — revocation, idle and absolute timeouts, sessionVersion, roles — is checked against the
 * database on each request by requireActor (lib/auth/sessions.ts).
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read per request: instrumentation.ts may have generated it after this module loaded.
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse({ username: raw?.username, password: raw?.password });
        if (!parsed.success) throw new InvalidSignIn();
        try {
          const result = await signInWithPassword(
            { db: getDb(), now: new Date(), ip: clientIp(request.headers), userAgent: request.headers.get("user-agent") },
            parsed.data,
            "web",
          );
          return { id: result.session.id, name: result.user.name };
        } catch (e) {
          if (e instanceof AppError && e.code === "too_many_attempts") throw new LockedSignIn();
          if (e instanceof AppError) throw new InvalidSignIn();
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      return session;
    },
  },
}));
