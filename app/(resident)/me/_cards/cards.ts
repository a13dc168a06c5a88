// The resident portal's service cards (my appointments, room bookings, activities, self-assessment
// …), in display order. An area adds ONE line: a server component taking { ctx } that reads through
// its lib/ queries (scoped to this resident) and renders a <Card>, with touch-size buttons.
import type { ReactNode } from "react";
import type { Ctx } from "@/lib/context";
import { RoomsCard } from "../rooms/_components/rooms-card";
import { MyAppointmentsCard } from "../appointments/_components/my-appointments-card";
import { MyActivitiesCard } from "../activities/_components/my-activities-card";
import { AssessCard } from "../assess/_components/assess-card";
import { ProfileCard } from "../profile/_components/profile-card";
import { NotificationsCard } from "../notifications/_components/notifications-card";

export interface MeCard {
  key: string;
  Component: (props: { ctx: Ctx }) => ReactNode | Promise<ReactNode>;
}

export const ME_CARDS: readonly MeCard[] = [
  { key: "my-appointments", Component: MyAppointmentsCard },
  { key: "my-rooms", Component: RoomsCard },
  { key: "my-activities", Component: MyActivitiesCard },
  { key: "self-assessment", Component: AssessCard },
  { key: "my-profile", Component: ProfileCard },
  { key: "my-notifications", Component: NotificationsCard },
  // Areas: add your card here, e.g. { key: "my-appointments", Component: MyAppointmentsCard },
];
