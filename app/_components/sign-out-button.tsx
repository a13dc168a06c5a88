// Use for "退出登录" in the staff header, the phone menu and the resident portal: a form posting
// to the sign-out action, so it works before JavaScript has loaded.
import { signOutAction } from "@/app/_server/session-actions";
import { t } from "@/lib/i18n/messages";
import { Button, type ButtonSize, type ButtonVariant } from "./button";

export function SignOutButton({ variant = "ghost", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string }) {
  return (
    <form action={signOutAction} className={className}>
      <Button type="submit" variant={variant} size={size} icon="logout" className={size === "touch" ? undefined : "w-full sm:w-auto"}>
        {t("auth.signOut")}
      </Button>
    </form>
  );
}
