import { Loading } from "@/components/Loading";

export default function DisagreementsLoading() {
  return <Loading title="Disagreements" what="each source's figures" />;
}
