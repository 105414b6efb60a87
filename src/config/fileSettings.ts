import { CLAIM_KINDS, type ClaimKind, type DocumentFormat, type ScanOptions } from '../engine';
import { readSettings, type Settings } from './settings';
import type { ProjectConfig } from './projectConfig';

/**
 * The settings of one `.verity.json` as the CLI applies them: the file over the defaults (the CLI has no
 * editor settings; its flags win over both, see {@link FlagOverrides}). Pure: the caller reads the file.
 */
export function projectSettings(project: ProjectConfig, warn: (message: string) => void): Settings {
  return readSettings({ get: () => undefined }, warn, project.overrides);
}

/** The article's path relative to the `.verity.json`'s folder, with `/` between folders; null outside it. */
export function relativeTo(root: string, path: string): string | null {
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  const p = path.replace(/\\/g, '/');
  return p.startsWith(`${r}/`) ? p.slice(r.length + 1) : null;
}

/** True when one of `ignoreFiles` matches the article's path relative to the configuration's folder. */
export function isIgnored(project: ProjectConfig, relativePath: string | null): boolean {
  return relativePath !== null && project.ignoreFiles.some((g) => g.test(relativePath));
}

/** What the command line gave; each one given wins over `.verity.json`. */
export interface FlagOverrides {
  referenceDate?: string;
  dateOrder?: 'mdy' | 'dmy';
  kinds?: readonly ClaimKind[];
}

/**
 * The scan options of one article, as the editor builds them (`publicationDates` by the path relative to
 * the configuration's folder, `dateOrder`), the flags over them. The CLI scans every kind (so that the
 * ledger's entries of other kinds are not taken for orphans) and lists only {@link listedKinds}.
 */
export function fileScanOptions(settings: Settings, relativePath: string | null, format: DocumentFormat, flags: FlagOverrides): ScanOptions {
  const referenceDate = flags.referenceDate ?? (relativePath !== null ? settings.publicationDates[relativePath] : undefined);
  return { format, referenceDate, dateOrder: flags.dateOrder ?? settings.dateOrder };
}

/**
 * The claim kinds the CLI lists: `--kinds`, else `enabledKinds` less the kinds whose `claimSeverity` is
 * `off` (the editor shows none of them). Other claim levels have no meaning on the command line.
 */
export function listedKinds(settings: Settings, flags: FlagOverrides): readonly ClaimKind[] {
  if (flags.kinds) return flags.kinds;
  return CLAIM_KINDS.filter((k) => settings.enabledKinds.includes(k) && settings.claimSeverity[k] !== 'off');
}
