import { LoadingRegion, Skeleton, SkeletonCard } from "@/app/_components/skeleton";

export default function StaffLoading() {
  return (
    <LoadingRegion className="max-w-4xl">
      <Skeleton className="mb-2 h-9 w-64" />
      <Skeleton className="mb-8 h-5 w-48" />
      <div className="space-y-6">
        <SkeletonCard lines={4} />
        <SkeletonCard lines={3} />
      </div>
    </LoadingRegion>
  );
}
