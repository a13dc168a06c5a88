import { redirect } from "next/navigation";
import { currentActor } from "./_server/actor";
import { isStaff } from "@/lib/auth/actor";

// The front door: signed-out visitors to the login page, residents to their portal, staff home.
export default async function Root() {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  redirect(isStaff(actor) ? "/home" : "/me");
}
