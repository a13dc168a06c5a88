// Use <Button> for every action (submit, open, confirm) and <ButtonLink> for navigation that should
// look like a button. Variants: primary (one per view), secondary, danger (destructive), ghost
// (quiet, in toolbars). Size "touch" (≥ 48 px) is for the resident portal and phone-first pages.
import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react";
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { Icon, type IconName } from "./icon";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg" | "touch";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-teal-700 text-white border-teal-700 hover:bg-teal-800 hover:border-teal-800 active:bg-teal-900",
  secondary: "bg-white text-stone-800 border-stone-300 hover:bg-stone-100 hover:border-stone-400 active:bg-stone-200",
  danger: "bg-red-700 text-white border-red-700 hover:bg-red-800 hover:border-red-800 active:bg-red-900",
  ghost: "bg-transparent text-teal-800 border-transparent hover:bg-teal-50 active:bg-teal-100",
};

const SIZE: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm gap-1.5",
  md: "min-h-11 px-4 text-base gap-2",
  lg: "min-h-12 px-5 text-base gap-2",
  touch: "min-h-14 px-6 text-lg gap-3 w-full",
};

/** The classes of a button, for the rare control that cannot be <Button> or <ButtonLink>. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", className?: string): string {
  return clsx(
    "inline-flex items-center justify-center rounded-lg border font-medium leading-tight no-underline transition-colors select-none",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    VARIANT[variant],
    SIZE[size],
    className,
  );
}

interface CommonProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: IconName;
  children: ReactNode;
}

export function Button({
  variant = "primary",
  size = "md",
  icon,
  pending = false,
  pendingLabel,
  type = "button",
  className,
  disabled,
  children,
  ...rest
}: CommonProps & ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; pendingLabel?: string }) {
  return (
    <button type={type} className={buttonClasses(variant, size, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...rest}>
      {pending ? <Spinner /> : icon ? <Icon name={icon} className={size === "touch" ? "size-6" : "size-5"} /> : null}
      <span>{pending ? (pendingLabel ?? t("ui.submitting")) : children}</span>
    </button>
  );
}

export function ButtonLink({ variant = "secondary", size = "md", icon, className, children, ...rest }: CommonProps & ComponentProps<typeof Link>) {
  return (
    <Link className={buttonClasses(variant, size, className)} {...rest}>
      {icon ? <Icon name={icon} className={size === "touch" ? "size-6" : "size-5"} /> : null}
      <span>{children}</span>
    </Link>
  );
}

function Spinner() {
  return <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent" />;
}
