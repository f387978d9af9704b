import { Loading } from "@/components/Loading";

export default function OverviewLoading() {
  return <Loading title="Overview" what="the charts" />;
}
