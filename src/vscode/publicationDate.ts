import * as vscode from 'vscode';
import { isoDay } from '../engine';
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

/** Asks for a date as YYYY-MM-DD; the box refuses anything else. */
export async function askForDate(current: string | null | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Verity: publication date of this article',
    prompt: 'Relative dates ("tomorrow", "next year") are resolved against it.',
    placeHolder: 'YYYY-MM-DD',
    value: current ?? new Date().toISOString().slice(0, 10),
    validateInput: (value) => (isoDay(value.trim()) === value.trim() ? null : 'Enter a date as YYYY-MM-DD, for example 2025-06-03.'),
  });
}
