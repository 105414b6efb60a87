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

/** A number as people write it: no float noise, up to four significant decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1 ? Math.round(value * 1e4) / 1e4 : Number(value.toPrecision(4));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function describeNumber(n: NumberClaim): string {
  const high = n.valueHigh !== undefined ? `–${formatNumber(n.valueHigh)}` : '';
  switch (n.type) {
    case 'money':
      return `${formatNumber(n.value)}${high} ${n.unit ?? ''}`.trim();
    case 'percent':
      return `${formatNumber(n.value)}${high}%`;
    case 'percentage-points':
      return `${formatNumber(n.value)}${high} percentage points`;
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

function describeDate(d: DateClaim): string {
  const how = d.relative ? (d.resolved ? ' (relative, resolved)' : ' (relative, publication date unknown)') : '';
  return `${d.type} ${d.value}${how}`;
}
