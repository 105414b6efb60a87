import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ClaimKind, DocumentFormat, ScanOptions } from '../engine';
import type { LedgerLocation } from '../ledger';
import { EMPTY_PROJECT_CONFIG, parseProjectConfig, type ProjectConfig } from '../config/projectConfig';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings';
import { fileScanOptions, isIgnored, listedKinds, projectSettings, relativeTo, type FlagOverrides } from '../config/fileSettings';
import { reason } from './readInputs';
import { choice, stringOption, type ParsedArgs } from './args';
import { scanOptionsOf } from './check';

/** The `.verity.json` that governs one article, read and validated, or the defaults when there is none. */
export interface FileConfig {
  /** The `.verity.json`'s path, or null when none was found above the article. */
  path: string | null;
  /** Its folder: `publicationDates` and `ignoreFiles` are relative to it, a `.verity/` ledger folder is in it. */
  root: string | null;
  project: ProjectConfig;
  settings: Settings;
}

const NONE: FileConfig = { path: null, root: null, project: EMPTY_PROJECT_CONFIG, settings: DEFAULT_SETTINGS };

/**
 * Finds each article's `.verity.json`, the nearest one in its folder or above (as ESLint and
 * markdownlint-cli2 do; the nearest wins whole, they are not merged). Each file is read once a run, and
 * its problems are reported once, in one line naming it; a broken file leaves the defaults.
 */
export class ProjectConfigs {
  private readonly byFolder = new Map<string, FileConfig>();

  constructor(private readonly warn: (line: string) => void) {}

  /** The configuration of an article (`<stdin>`: of the current folder). */
  forArticle(path: string): FileConfig {
    return this.forFolder(path === '<stdin>' ? resolve('.') : dirname(resolve(path)));
  }

  private forFolder(folder: string): FileConfig {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const candidate = join(folder, '.verity.json');
    const parent = dirname(folder);
    const found = isFile(candidate) ? this.read(candidate, folder) : parent === folder ? NONE : this.forFolder(parent);
    this.byFolder.set(folder, found);
    return found;
  }

  private read(path: string, root: string): FileConfig {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      this.warn(`${path}: cannot be read (${reason(e)}); using the defaults`);
      return { ...NONE, path, root };
    }
    const { config, errors } = parseProjectConfig(text);
    for (const e of errors) this.warn(`${path}: ${oneLine(e.replace(/^\.verity\.json:? ?/, ''))}`);
    const settings = projectSettings(config, (m) => this.warn(`${path}: ${oneLine(m.replace('.verity.json ', ''))}`));
    return { path, root, project: config, settings };
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').slice(0, 500);

/** What one article gets from its configuration, the flags over it. */
export interface ArticleSettings {
  config: FileConfig;
  relativePath: string | null;
  ignored: boolean;
  options: ScanOptions;
  kinds: readonly ClaimKind[];
  location: LedgerLocation;
}

/**
 * The settings of one article: `--ledger-root` over `"ledgerLocation": "folder"` (a `.verity/` folder beside
 * the `.verity.json`) over beside the article; `--reference-date`, `--date-order` and `--kinds` over the file.
 */
export function articleSettings(configs: ProjectConfigs, path: string, format: DocumentFormat, flags: FlagOverrides & { ledgerRoot?: string }): ArticleSettings {
  const config = configs.forArticle(path);
  const relativePath = config.root === null || path === '<stdin>' ? null : relativeTo(config.root, resolve(path));
  const location: LedgerLocation =
    flags.ledgerRoot !== undefined ? { kind: 'folder', root: flags.ledgerRoot }
    : config.root !== null && config.settings.ledgerLocation === 'folder' ? { kind: 'folder', root: config.root }
    : { kind: 'beside' };
  return {
    config,
    relativePath,
    ignored: isIgnored(config.project, relativePath),
    options: fileScanOptions(config.settings, relativePath, format, flags),
    kinds: listedKinds(config.settings, flags),
    location,
  };
}

/** The flags that win over `.verity.json`; only those given count (a default is no flag). */
export function flagOverrides(args: ParsedArgs, kinds: readonly ClaimKind[] | undefined): FlagOverrides & { ledgerRoot?: string } {
  const { referenceDate } = scanOptionsOf(args);
  const dateOrder = args.options.has('date-order') ? choice(args, 'date-order', ['mdy', 'dmy'] as const, 'mdy') : undefined;
  return { referenceDate: referenceDate ?? undefined, dateOrder, kinds, ledgerRoot: stringOption(args, 'ledger-root') };
}

/**
 * Why an input is not checked, or null to check it: a file under `ignoreFiles` found in a folder is left
 * out unsaid; one named on the command line is skipped with a note, as ESLint does (exit code unchanged).
 */
export function ignoredNote(input: { path: string }, article: ArticleSettings, operands: readonly string[]): string | null | undefined {
  if (!article.ignored) return undefined;
  return operands.includes(input.path) ? `skipped: ignored by ${article.config.path} (ignoreFiles)` : null;
}

/**
 * The settings of the one article `report` or `mark` works on (its format is read with the file). A
 * problem of its `.verity.json` is one line on standard error; the command goes on with the defaults.
 */
export function singleArticleSettings(args: ParsedArgs, io: { stderr: (line: string) => void }): ArticleSettings {
  const configs = new ProjectConfigs((line) => io.stderr(`verity: ${line}`));
  const path = args.operands[0] ?? '-';
  return articleSettings(configs, path === '-' ? '<stdin>' : path, 'plaintext', flagOverrides(args, undefined));
}
