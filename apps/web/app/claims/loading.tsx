import { Loading } from "@/components/Loading";

export default function ClaimsLoading() {
  return <Loading title="Claims" what="the claims" />;
}
