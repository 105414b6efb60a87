/** A publication date, and its time of day when one is given. */
export interface PublicationTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` on the clock the value was written in, or null. */
  time: string | null;
}

/**
 * ISO 8601 dates and date-times, as a user types them and as TimeML gives a document creation time:
 * `2024-03-05`, `20240305`, `1998-02-13T14:26`, `2024-03-05T10:00:00Z`, `1998-02-13T14:26:00-05:00`.
 */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads a publication date or date-time; a string that is not one, or names a day the calendar does not
 * have (`2024-02-30`, `2024-13-45`) or a time the clock does not (`25:00`), gets a message saying why.
 */
export function parsePublicationTime(value: string): PublicationTime | { error: string } {
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return { error: `"${text}" is not a date as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM (ISO 8601)` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { error: `"${text}" has no such month: ${m[2]} (months run from 01 to 12)` };
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return { error: `"${text}" has no such day: ${MONTH_NAMES[mo - 1]} ${y} has ${days} days` };
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return { error: `"${text}" has no such time of day: ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}` };
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, time: m[4] === undefined ? null : `${m[4]}:${m[5]}` };
}

/** The publication time a string gives, or null when it gives none (see {@link parsePublicationTime}). */
export function publicationTimeOf(value: string | null | undefined): PublicationTime | null {
  if (!value) return null;
  const read = parsePublicationTime(value);
  return 'error' in read ? null : read;
}
