"use client";
import { ErrorView } from "@/app/_components/error-view";

// Inside the staff shell: the navigation stays usable when one page fails.
export default function StaffError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
