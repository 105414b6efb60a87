import * as vscode from 'vscode';
import { EMPTY_PROJECT_CONFIG, parseProjectConfig, type ProjectConfig } from './projectConfig';

/**
 * Reads `.verity.json` at the root of the first workspace folder and follows its changes. Reading is
 * asynchronous: until it is read, the defaults apply, and a change re-checks the open documents.
 */
export class ProjectConfigWatcher implements vscode.Disposable {
  config: ProjectConfig = EMPTY_PROJECT_CONFIG;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher | undefined;
  private readonly folder: vscode.WorkspaceFolder | undefined = vscode.workspace.workspaceFolders?.[0];

  constructor(private readonly warn: (message: string) => void) {
    if (!this.folder) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, '.verity.json'));
    const reload = () => void this.load();
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
    void this.load();
  }

  /** True for files that `.verity.json` excludes with `ignoreFiles`. */
  ignores(uri: vscode.Uri): boolean {
    if (!this.folder || this.config.ignoreFiles.length === 0) return false;
    if (vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() !== this.folder.uri.toString()) return false;
    const path = vscode.workspace.asRelativePath(uri, false);
    return this.config.ignoreFiles.some((re) => re.test(path));
  }

  private async load(): Promise<void> {
    const uri = vscode.Uri.joinPath(this.folder!.uri, '.verity.json');
    let text: string | null = null;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = null; // No file: nothing shared.
    }
    const { config, errors } = text === null ? { config: EMPTY_PROJECT_CONFIG, errors: [] } : parseProjectConfig(text);
    for (const e of errors) this.warn(e);
    if (errors.length > 0) void vscode.window.showWarningMessage(`Verity: ${errors[0]}`);
    this.config = config;
    this.changed.fire();
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }
}
