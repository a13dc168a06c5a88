import { LoadingRegion, Skeleton, SkeletonCard } from "@/app/_components/skeleton";

export default function ResidentLoading() {
  return (
    <LoadingRegion className="space-y-6">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-20 w-full rounded-2xl" />
      <SkeletonCard lines={3} />
      <SkeletonCard lines={2} />
    </LoadingRegion>
  );
}
