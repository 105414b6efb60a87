import * as vscode from 'vscode';
import { parsePublicationTime } from '../engine';
import type { Settings } from './settings';

/** The key a document's publication date is stored under: its workspace-relative path, else its URI. */
export function publicationDateKey(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? vscode.workspace.asRelativePath(uri, false) : uri.toString();
}

/**
 * Publication dates set in the editor. Files in a workspace keep theirs in the workspace setting
 * `verity.publicationDates`, so they are shared and survive restarts; untitled documents keep theirs
 * in memory.
 */
export class PublicationDates {
  private readonly untitled = new Map<string, string>();

  constructor(private settings: () => Settings) {}

  get(uri: vscode.Uri): string | undefined {
    return this.settings().publicationDates[publicationDateKey(uri)] ?? this.untitled.get(uri.toString());
  }

  /** Stores the date; resolves once the setting is written (the configuration change re-checks). */
  async set(uri: vscode.Uri, date: string): Promise<void> {
    if (!vscode.workspace.getWorkspaceFolder(uri)) {
      this.untitled.set(uri.toString(), date);
      return;
    }
    const config = vscode.workspace.getConfiguration('verity', uri);
    const current = config.inspect<Record<string, string>>('publicationDates')?.workspaceValue ?? {};
    await config.update('publicationDates', { ...current, [publicationDateKey(uri)]: date }, vscode.ConfigurationTarget.Workspace);
  }
}

/** Why a typed publication date is refused (a day the calendar does not have, a shape that is no date), or null. */
export function publicationDateProblem(value: string): string | null {
  const read = parsePublicationTime(value);
  return 'error' in read ? `${read.error}. Enter a date as YYYY-MM-DD (2025-06-03) or a date-time (2025-06-03T10:00).` : null;
}

/**
 * Asks for a date as YYYY-MM-DD or a date-time as ISO 8601; the box refuses anything else. A dateline
 * without a year (`partial`, `XXXX-05-28`) offers its day in the current year, for the user to confirm.
 */
export async function askForDate(current: string | null | undefined, partial?: string): Promise<string | undefined> {
  const fromDateline = partial ? `${new Date().getUTCFullYear()}${partial.slice(4)}` : null;
  return vscode.window.showInputBox({
    title: 'Verity: publication date of this article',
    prompt: partial
      ? 'The dateline gives the day but not the year: which year? Relative dates ("tomorrow", "next year") are resolved against it.'
      : 'Relative dates ("tomorrow", "next year") are resolved against it; a time of day (2025-06-03T10:00) resolves "two hours ago".',
    placeHolder: 'YYYY-MM-DD or YYYY-MM-DDTHH:MM',
    value: current ?? fromDateline ?? new Date().toISOString().slice(0, 10),
    validateInput: publicationDateProblem,
  });
}
