import type { Claim, DateClaim, NumberClaim } from './types';

/** The normalized value of a claim in a few words, for text output, hovers and reports. */
export function describeValue(claim: Claim): string {
  switch (claim.kind) {
    case 'number':
      return describeNumber(claim);
    case 'date':
      return describeDate(claim);
    case 'attribution':
      return `${claim.vague ? 'vague source' : 'source'}: ${claim.speaker ?? claim.source?.text ?? 'none named'}${claim.role ? `, ${claim.role}` : ''}`;
    case 'quote':
      return claim.speaker ? `quotation of ${claim.speaker}` : 'quotation, speaker unknown';
  }
}

/**
 * Made once, on first use: `toLocaleString` with options builds a formatter on every call (50 µs, for
 * each diagnostic); made at load, it would cost every start of the CLI.
 */
let numberFormat: Intl.NumberFormat | null = null;

/** A number as people write it: no float noise, up to four significant decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Math.round(value * 1e4) / 1e4 : Number(value.toPrecision(4));
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  return numberFormat.format(rounded);
}

function describeNumber(n: NumberClaim): string {
  const high = n.valueHigh !== undefined ? `–${formatNumber(n.valueHigh)}` : '';
  switch (n.type) {
    case 'money':
      return `${formatNumber(n.value)}${high} ${n.unit ?? ''}`.trim();
    case 'percent':
      return `${formatNumber(n.value)}${high}%`;
    case 'percentage-points':
      // `1 percentage point`: one point alone is singular, a range (`1–2 percentage points`) is not.
      return `${formatNumber(n.value)}${high} percentage ${n.value === 1 && !high ? 'point' : 'points'}`;
    case 'ratio':
      return n.numerator !== undefined && n.denominator !== undefined
        ? `ratio ${formatNumber(n.numerator)}/${formatNumber(n.denominator)} = ${formatNumber(Math.round(n.value * 1000) / 10)}%`
        : `ratio ${formatNumber(n.value)}`;
    case 'multiplier':
      return `× ${formatNumber(n.value)}`;
    case 'rank':
      return `rank ${formatNumber(n.value)}`;
    default:
      return `${formatNumber(n.value)}${high}${n.unit ? ` ${n.unit}` : ''}`;
  }
}

/**
 * The value in words, for hover cards and reports: `3.79 Belarusian rubles (BYN)`, `ratio 37/44 = 84.1%`,
 * `2026, relative to the publication date 2025-06-03`.
 */
export function describeInWords(claim: Claim, referenceDate: string | null, partialDate?: string): string {
  if (claim.kind === 'number' && claim.type === 'money' && claim.unit) return moneyInWords(claim);
  if (claim.kind !== 'date') return describeValue(claim);
  const value = `${claim.value}${dateInWords(claim.value)}`;
  if (!claim.relative) return value;
  if (!claim.resolved && partialDate) return `a relative date: ${partialInWords(partialDate)}, so it cannot be resolved until the year is given`;
  if (!claim.resolved) return 'a relative date: the publication date is unknown, so it cannot be resolved';
  return `${value}, relative to the publication date ${referenceDate ?? 'given'}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `XXXX-05-28` → `the dateline gives 28 May but not the year`: a partial publication date, in words. */
export function partialInWords(partial: string): string {
  const m = /^XXXX-(\d\d)-(\d\d)$/.exec(partial);
  const day = m ? `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]}` : partial;
  return `the dateline gives ${day} but not the year`;
}

function moneyInWords(n: NumberClaim): string {
  const code = n.unit!;
  try {
    const words = (v: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: code, currencyDisplay: 'name', minimumFractionDigits: Number.isInteger(v) ? 0 : 2, maximumFractionDigits: 4 }).format(v);
    const low = words(n.value);
    const range = n.valueHigh !== undefined ? ` to ${words(n.valueHigh)}` : '';
    return `${low}${range} (${code})`;
  } catch {
    // Not an ISO code Intl knows (an old or unofficial one): the plain form.
    return describeNumber(n);
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ` (December 2023)` for `2023-12`, ` (3 June 2025)` for `2025-06-03`; empty for other shapes. */
function dateInWords(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return '';
  const month = MONTH_NAMES[Number(m[2]) - 1];
  if (!month) return '';
  return m[3] ? ` (${Number(m[3])} ${month} ${m[1]})` : ` (${month} ${m[1]})`;
}

function describeDate(d: DateClaim): string {
  const how = d.relative ? (d.resolved ? ' (relative, resolved)' : ' (relative, publication date unknown)') : '';
  return `${d.type} ${d.value}${how}`;
}
