import { hash, verify } from "@node-rs/argon2";

// Argon2id (Algorithm.Argon2id = 2; a const enum, so spelt out), OWASP's recommended minimum cost.
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Compared against when the username is unknown, so both paths take the same time.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("ankang-timing-equaliser-0");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export { newPasswordSchema } from "./password-rules";
