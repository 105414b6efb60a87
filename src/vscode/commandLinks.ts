/** The only commands a hover card may link to: Verity's own. */
export const TRUSTED_COMMANDS = [
  'verity.markClaimVerified',
  'verity.markClaimDisputed',
  'verity.addSource',
  'verity.ignoreClaim',
  'verity.setPublicationDate',
] as const;

/** A Markdown link that runs one of Verity's commands with JSON arguments. */
export function commandLink(label: string, command: (typeof TRUSTED_COMMANDS)[number], args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
