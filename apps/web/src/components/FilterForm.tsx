"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { metricLabel, itemLabel } from "@/lib/labels";
import { partyName } from "@/lib/parties";

export type FilterField = "metric" | "party" | "item" | "sourceParty" | "outlet" | "from" | "to";

interface Props {
  /** The page the form reloads, e.g. "/claims". */
  action: string;
  fields: FilterField[];
  /** Current values, as the URL gives them. */
  values: Partial<Record<FilterField, string>>;
  metrics: readonly string[];
  items?: readonly string[];
  parties: readonly string[];
  outlets: readonly string[];
  /** Let "metric" be empty ("all metrics")? Pages that need one metric say no. */
  anyMetric?: boolean;
  /** Let "party" be empty? */
  anyParty?: boolean;
}

/**
 * The filters of a page, kept in the URL's query so that a view can be
 * shared. A plain GET form, so it works without JavaScript; with it, empty
 * fields are left out of the URL to keep links short.
 */
export function FilterForm({ action, fields, values, metrics, items = [], parties, outlets, anyMetric = true, anyParty = true }: Props) {
  const router = useRouter();
  const has = (f: FilterField) => fields.includes(f);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(e.currentTarget)) {
      if (typeof v === "string" && v.trim() !== "") q.set(k, v.trim());
    }
    const s = q.toString();
    router.push(s ? `${action}?${s}` : action);
  }

  // A value from the URL that the option lists lack still shows as selected.
  const partyOptions = values.party && !parties.includes(values.party.toUpperCase()) ? [...parties, values.party.toUpperCase()] : parties;
  const sourceOptions =
    values.sourceParty && !parties.includes(values.sourceParty.toUpperCase()) ? [...parties, values.sourceParty.toUpperCase()] : parties;

  return (
    <form className="filters" method="get" action={action} onSubmit={submit} aria-label="Filters">
      {has("metric") ? (
        <label>
          Metric
          <select name="metric" defaultValue={values.metric ?? ""}>
            {anyMetric ? <option value="">All metrics</option> : null}
            {metrics.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has("item") ? (
        <label>
          Equipment
          <select name="item" defaultValue={values.item ?? ""}>
            <option value="">Any item</option>
            {items.map((i) => (
              <option key={i} value={i}>
                {itemLabel(i)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has("party") ? (
        <label title="Whose troops, losses, equipment or ground the figure counts">
          Side counted
          <select name="party" defaultValue={values.party?.toUpperCase() ?? ""}>
            {anyParty ? <option value="">All parties</option> : null}
            {partyOptions.map((p) => (
              <option key={p} value={p}>
                {partyName(p)} ({p})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has("sourceParty") ? (
        <label title="The country of the figure's source (Kyiv's General Staff → Ukraine)">
          Source country
          <select name="sourceParty" defaultValue={values.sourceParty?.toUpperCase() ?? ""}>
            <option value="">Any source</option>
            {sourceOptions.map((p) => (
              <option key={p} value={p}>
                {partyName(p)} ({p})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has("outlet") ? (
        <label>
          Outlet
          <input name="outlet" list="outlet-options" defaultValue={values.outlet ?? ""} placeholder="Any outlet" autoComplete="off" />
          <datalist id="outlet-options">
            {outlets.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
      ) : null}
      {has("from") ? (
        <label>
          From
          <input name="from" type="date" defaultValue={values.from ?? ""} />
        </label>
      ) : null}
      {has("to") ? (
        <label>
          To
          <input name="to" type="date" defaultValue={values.to ?? ""} />
        </label>
      ) : null}
      <div className="actions">
        <button type="submit">Apply</button>
        <a href={action} className="button secondary">
          Clear
        </a>
      </div>
    </form>
  );
}
