/**
 * Just enough of the `vscode` API for the client's unit tests: status bar,
 * diagnostics, workspace folders and a file system in memory. Tests set the
 * state through `fake` and read what the client did from it.
 */

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

/** A URI with only a scheme and a path. */
export class Uri {
  constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

interface FakeDiagnostic {
  source?: string;
  severity: DiagnosticSeverity;
}

interface FakeItem {
  text: string;
  tooltip: unknown;
  name?: string;
  command?: string;
  backgroundColor: ThemeColor | undefined;
  accessibilityInformation?: { label: string };
  visible: boolean;
  show(): void;
  hide(): void;
  dispose(): void;
}

/** What the tests control and observe. */
export const fake = {
  items: [] as FakeItem[],
  activeDocument: undefined as { uri: Uri; languageId: string } | undefined,
  diagnostics: new Map<string, FakeDiagnostic[]>(),
  files: new Map<string, Uint8Array>(),
  folders: [] as Array<{ uri: Uri; name: string; index: number }>,
  trusted: true,
  messages: [] as string[],
  opened: [] as string[],
  reset(): void {
    this.items.length = 0;
    this.activeDocument = undefined;
    this.diagnostics.clear();
    this.files.clear();
    this.folders.length = 0;
    this.trusted = true;
    this.messages.length = 0;
    this.opened.length = 0;
  },
};

const noop = { dispose(): void {} };

export const window = {
  get activeTextEditor() {
    return fake.activeDocument ? { document: fake.activeDocument } : undefined;
  },
  createStatusBarItem(): FakeItem {
    const item: FakeItem = {
      text: '',
      tooltip: undefined,
      backgroundColor: undefined,
      visible: false,
      show() {
        item.visible = true;
      },
      hide() {
        item.visible = false;
      },
      dispose() {},
    };
    fake.items.push(item);
    return item;
  },
  onDidChangeActiveTextEditor: () => noop,
  showInformationMessage: async (message: string) => {
    fake.messages.push(message);
    return undefined;
  },
  showErrorMessage: async (message: string) => {
    fake.messages.push(message);
    return undefined;
  },
  showTextDocument: async (uri: Uri) => {
    fake.opened.push(uri.path);
    return undefined;
  },
};

export const languages = {
  onDidChangeDiagnostics: () => noop,
  getDiagnostics: (uri: Uri) => fake.diagnostics.get(uri.toString()) ?? [],
  match: (selector: Array<{ language: string }>, document: { languageId: string }) =>
    selector.some((filter) => filter.language === document.languageId) ? 10 : 0,
};

export const workspace = {
  get isTrusted() {
    return fake.trusted;
  },
  get workspaceFolders() {
    return fake.folders.length > 0 ? fake.folders : undefined;
  },
  getWorkspaceFolder: (uri: Uri) => fake.folders.find((folder) => uri.path.startsWith(`${folder.uri.path}/`)),
  createFileSystemWatcher: (glob: string) => ({ glob, dispose() {} }),
  fs: {
    stat: async (uri: Uri) => {
      if (!fake.files.has(uri.path)) throw new Error(`ENOENT ${uri.path}`);
      return { type: 1 };
    },
    writeFile: async (uri: Uri, bytes: Uint8Array) => {
      fake.files.set(uri.path, bytes);
    },
  },
};

export const commands = { executeCommand: async () => undefined };
