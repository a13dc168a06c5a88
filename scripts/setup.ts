// npm run setup — a production installation: migrate, create the first administrator, no demo data.
// Non-interactive with ADMIN_USERNAME, ADMIN_NAME and ADMIN_PASSWORD set; otherwise it asks.
import readline from "node:readline/promises";
import { databasePath, getDb, migrateDb } from "@/db/client";
import { ensureAuthSecret } from "@/db/startup";
import { AppError } from "@/lib/errors";
import { setupFirstAdmin } from "@/lib/users/setup-admin";

async function main() {
  const db = getDb();
  migrateDb(db);
  ensureAuthSecret();

  async function ask(): Promise<{ username: string; name: string; password: string }> {
    const { ADMIN_USERNAME, ADMIN_NAME, ADMIN_PASSWORD } = process.env;
    if (ADMIN_USERNAME && ADMIN_PASSWORD) return { username: ADMIN_USERNAME, name: ADMIN_NAME || "中心管理员", password: ADMIN_PASSWORD };
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const username = await rl.question("管理员用户名 (admin username): ");
    const name = await rl.question("姓名 (name): ");
    const password = await rl.question("密码 (至少 10 位，含字母和数字): ");
    rl.close();
    return { username, name, password };
  }

  try {
    const { id } = await setupFirstAdmin({ db, now: new Date() }, await ask());
    console.log(`administrator #${id} created in ${databasePath()}. Start the server with DEMO_DATA=0 npm start.`);
  } catch (e) {
    console.error(e instanceof AppError ? e.userMessage : e);
    process.exit(1);
  }
}

void main();
