// Runs once when the server starts (never during `next build`): migrate, seed, secrets.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startup } = await import("./db/startup");
    await startup();
  }
}
