/**
 * The one contract between the UI (renderer/) and the shell (electron/).
 *
 * Every call the renderer can make is a `domain:verb` channel listed in
 * {@link ShellHandlers}, with its argument and result types; every event the
 * shell can send is listed in {@link ShellEvents}. Both transports (IPC inside
 * Electron, HTTP for `npm run web`) carry exactly this map and validate every
 * argument with {@link shellArgSchemas} before a service sees it.
 */
import { z } from 'zod';

/** What the running shell says about itself. */
export type AppInfo = {
  name: string;
  version: string;
  /** `desktop` inside Electron, `web` when served by `npm run web`. */
  shell: 'desktop' | 'web';
  platform: string;
  /** Versions of the runtime pieces, for the About box and bug reports. */
  versions: Record<string, string>;
};

/** Limits of `page:fetch`; the service enforces them, the UI shows them in messages. */
export const PAGE_FETCH_LIMITS = {
  timeoutMs: 20_000,
  maxBytes: 15 * 1024 * 1024,
  maxRedirects: 5,
} as const;

/** A page fetched by the shell: raw bytes, decoded later by the clipper. */
export type FetchedPage = {
  /** The URL asked for. */
  url: string;
  /** Where the last redirect landed. */
  finalUrl: string;
  /** Every URL visited after the first, in order. */
  redirects: string[];
  status: number;
  /** The Content-Type header without parameters, lower-cased (`text/html`), or '' when absent. */
  contentType: string;
  /** The charset the server declared in Content-Type, lower-cased, or null. */
  charset: string | null;
  bytes: Uint8Array;
};

/**
 * Every call: `args` is what the renderer sends, `result` what it gets back.
 * Later issues add verbs here (and a handler in electron/services, and a schema below).
 */
export type ShellHandlers = {
  'app:info': { args: Record<string, never>; result: AppInfo };
  /**
   * Fetches a page or an image. Addresses on this computer or its networks are refused (`local-address`)
   * unless `allowLocal`: only the Clip dialog sets it, after the user confirmed the address they typed.
   */
  'page:fetch': { args: { url: string; allowLocal?: boolean }; result: FetchedPage };
  /** Asks the user where to save `bytes` (a save dialog) and writes them there; the path comes only from the dialog. */
  'file:save': { args: FileSaveArgs; result: SaveOutcome };
  /** Prints `html` (a self-contained report, no scripts) to PDF in a hidden sandboxed window, then saves it like `file:save`. */
  'report:pdf': { args: { html: string; suggestedName: string }; result: SaveOutcome };
  /** Desktop only: keeps a `.quire` backup in the user-data folder (automatic ones roll: last 3 + one a day for 7 days). */
  'backup:save': { args: { bytes: Uint8Array; reason: BackupReason }; result: BackupInfo };
  /** Desktop only: the kept backups, newest first. */
  'backup:list': { args: Record<string, never>; result: BackupInfo[] };
  /** Desktop only: one kept backup's bytes, by the name `backup:list` gave. */
  'backup:read': { args: { name: string }; result: Uint8Array };
  /** A .quire file the user opened with Quire from the OS, waiting to be imported; null when there is none (always, in the web shell). */
  'backup:take-opened': { args: Record<string, never>; result: { name: string; bytes: Uint8Array } | null };
};

/** Why a backup was written; 'before-restore' is the single copy made before any import replaces the library. */
export type BackupReason = 'auto' | 'before-restore' | 'manual';
export type BackupInfo = { name: string; reason: BackupReason; createdAt: number; size: number };
/** Limits of the `backup:*` verbs. */
export const BACKUP_SHELL_LIMITS = { maxBytes: 2048 * 1024 * 1024, maxNameLength: 100 } as const;

/** A filter of the save dialog: a label and extensions without the dot (`{ name: 'BibTeX', extensions: ['bib'] }`). */
export type FileFilter = { name: string; extensions: string[] };
export type FileSaveArgs = { suggestedName: string; filters: FileFilter[]; bytes: Uint8Array };
/** `saved: false` when the user cancelled; `path` is where the file went, to show them. */
export type SaveOutcome = { saved: boolean; path?: string };

/** Limits of `file:save` and `report:pdf`, checked before any dialog opens. */
export const SAVE_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  maxHtmlChars: 20 * 1024 * 1024,
  maxNameLength: 200,
} as const;

export type ShellChannel = keyof ShellHandlers;
export type ShellArgs<K extends ShellChannel> = ShellHandlers[K]['args'];
export type ShellResult<K extends ShellChannel> = ShellHandlers[K]['result'];

/** Events the shell pushes to the UI. */
export type ShellEvents = {
  /** A menu item or global shortcut asked the UI to do something; `text` is the selection it acts on, if any. */
  'app:command': { command: AppCommand; text?: string };
};
export type ShellEvent = keyof ShellEvents;

export const APP_COMMANDS = [
  'new-note',
  'clip-url',
  'import-files',
  'find',
  'export',
  'settings',
  'quote-selection',
  'search-selection',
  /** A .quire file was opened with Quire: the UI takes it with `backup:take-opened`. */
  'open-backup',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** Error codes a call can fail with; the message is for the user, the code for the UI's logic. */
export const SHELL_ERROR_CODES = [
  'invalid-args',
  'unknown-channel',
  'bad-url',
  'network',
  'timeout',
  'too-large',
  'too-many-redirects',
  /** The address is on this computer or its networks; the message says where. */
  'local-address',
  'unauthorized',
  /** The verb exists but this shell cannot do it (a save dialog under `npm run web`). */
  'unavailable',
  'internal',
] as const;
export type ShellErrorCode = (typeof SHELL_ERROR_CODES)[number];

/** A failed call, as the renderer sees it whichever transport carried it. */
export class ShellError extends Error {
  override readonly name = 'ShellError';
  constructor(
    readonly code: ShellErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** How a call's outcome crosses a transport: thrown errors do not survive IPC intact. */
export type ShellOutcome<T> = { ok: true; value: T } | { ok: false; error: { code: ShellErrorCode; message: string } };

/** What `window.quire` is, in the desktop app; the HTTP client implements the same. */
export type QuireBridge = {
  invoke<K extends ShellChannel>(channel: K, args: ShellArgs<K>): Promise<ShellOutcome<ShellResult<K>>>;
  on<E extends ShellEvent>(event: E, listener: (payload: ShellEvents[E]) => void): () => void;
};

const httpUrl = z
  .string()
  .max(8192, 'That URL is too long.')
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Only http and https addresses can be clipped.');

/** A file name the dialog may suggest: no folders, nothing Windows or the shell would read specially. */
const suggestedFileName = z
  .string()
  .min(1, 'The file needs a name.')
  .max(SAVE_LIMITS.maxNameLength, 'That file name is too long.')
  .refine(
    (name) => !/[/\\:*?"<>|]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 32),
    'A file name cannot contain / \\ : * ? " < > | or control characters.',
  )
  .refine((name) => name.trim() === name && !/^\.+$/.test(name) && !name.endsWith('.'), 'That is not a usable file name.');

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'A filter extension is letters and digits, without the dot.')).min(1).max(20),
  })
  .strict();

const fileBytes = z
  .instanceof(Uint8Array, { message: 'The file contents must be bytes.' })
  .refine((bytes) => bytes.byteLength <= SAVE_LIMITS.maxBytes, 'That file is too large to save (200 MB at most).');

const backupName = z
  .string()
  .max(BACKUP_SHELL_LIMITS.maxNameLength, 'That backup name is too long.')
  .regex(/^quire-[a-z0-9-]+(\.[a-z0-9]+)?\.quire$/i, 'That is not the name of a Quire backup.');

/** The argument schema of every channel; both transports reject anything else. */
export const shellArgSchemas: { [K in ShellChannel]: z.ZodType<ShellArgs<K>> } = {
  'app:info': z.object({}).strict() as z.ZodType<Record<string, never>>,
  'page:fetch': z.object({ url: httpUrl, allowLocal: z.boolean().optional() }).strict(),
  'file:save': z.object({ suggestedName: suggestedFileName, filters: z.array(fileFilter).max(20), bytes: fileBytes }).strict(),
  'report:pdf': z
    .object({
      html: z.string().min(1, 'The report is empty.').max(SAVE_LIMITS.maxHtmlChars, 'That report is too large to print.'),
      suggestedName: suggestedFileName,
    })
    .strict(),
  'backup:save': z
    .object({
      bytes: z
        .instanceof(Uint8Array, { message: 'The backup must be bytes.' })
        .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= BACKUP_SHELL_LIMITS.maxBytes, 'That backup is empty or too large.'),
      reason: z.enum(['auto', 'before-restore', 'manual']),
    })
    .strict(),
  'backup:list': z.object({}).strict() as z.ZodType<Record<string, never>>,
  'backup:read': z.object({ name: backupName }).strict(),
  'backup:take-opened': z.object({}).strict() as z.ZodType<Record<string, never>>,
};

export const SHELL_CHANNELS = Object.keys(shellArgSchemas) as ShellChannel[];
export const SHELL_EVENTS: ShellEvent[] = ['app:command'];

export function isShellChannel(name: string): name is ShellChannel {
  return Object.hasOwn(shellArgSchemas, name);
}

/** Validates a channel's arguments; throws a {@link ShellError} the user can read. */
export function parseShellArgs<K extends ShellChannel>(channel: K, args: unknown): ShellArgs<K> {
  const result = shellArgSchemas[channel].safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ShellError('invalid-args', issue?.message ?? `Invalid arguments for ${channel}.`);
  }
  return result.data;
}
