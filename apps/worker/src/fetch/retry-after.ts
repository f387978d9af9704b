/**
 * Longest wait we pass on. A server asking for more than a day is either
 * broken or telling us to go away; the job's own attempts decide after that.
 */
const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** A time zone written in the date: GMT or UTC, or an offset. */
const ZONED = /\b(GMT|UTC?)\b|[+-]\d{2}:?\d{2}\s*$/i;

/**
 * Milliseconds a Retry-After header asks us to wait (delay-seconds or an
 * HTTP-date, RFC 9110 §10.2.3), or undefined when it is absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    // Date.parse reads "-5" as a year; an HTTP-date always names its month.
    if (!/[a-z]{3}/i.test(text)) return undefined;
    // Every HTTP-date is GMT, but the obsolete asctime form ("Sun Nov  6
    // 08:49:37 1994") says so nowhere and Date.parse would read it in the
    // machine's time zone: hours off anywhere but UTC.
    const at = Date.parse(ZONED.test(text) ? text : `${text} GMT`);
    if (Number.isNaN(at)) return undefined;
    ms = at - now; // a date in the past means "now"
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
