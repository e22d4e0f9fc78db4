import { isShellChannel, parseShellArgs, ShellError } from '../../shared/shell';
import type { AppInfo, ShellArgs, ShellChannel, ShellOutcome, ShellResult } from '../../shared/shell';
import { fetchPage } from './page-fetch';
import type { PageFetchDeps } from './page-fetch';
import { printReportToPdf } from './print-pdf';
import type { PrintPdfDeps } from './print-pdf';
import type { BackupStore } from './backups';
import type { OpenedFiles } from './opened-files';
import { saveFile } from './save-file';
import type { SaveFileDeps } from './save-file';

/** One handler per contract channel: adding a verb to shared/shell.ts fails to compile until it is served. */
export type ShellServices = { [K in ShellChannel]: (args: ShellArgs<K>) => Promise<ShellResult<K>> };

export type ShellServiceDeps = {
  appInfo: () => AppInfo;
  pageFetch?: PageFetchDeps;
  /** Desktop only: the web shell has no save dialog (the browser downloads instead). */
  saveFile?: SaveFileDeps;
  printPdf?: PrintPdfDeps;
  /** Desktop only: the backups folder in the user data (createBackupStore). */
  backups?: BackupStore;
  /** Desktop only: .quire files opened with Quire from the OS. */
  openedFiles?: OpenedFiles;
};

function desktopOnly<T>(deps: T | undefined, what: string): T {
  if (deps === undefined) throw new ShellError('unavailable', `${what} is done by the browser here, not by Quire.`);
  return deps;
}

export function createShellServices(deps: ShellServiceDeps): ShellServices {
  return {
    'app:info': async () => deps.appInfo(),
    'page:fetch': (args) => fetchPage(args, deps.pageFetch),
    'file:save': (args) => saveFile(args, desktopOnly(deps.saveFile, 'Saving a file')),
    'report:pdf': (args) => printReportToPdf(args, desktopOnly(deps.printPdf, 'Printing to PDF')),
    'backup:save': (args) => desktopOnly(deps.backups, 'Keeping automatic backups').save(args.bytes, args.reason),
    'backup:list': () => desktopOnly(deps.backups, 'Keeping automatic backups').list(),
    'backup:read': (args) => desktopOnly(deps.backups, 'Keeping automatic backups').read(args.name),
    'backup:take-opened': async () => deps.openedFiles?.take() ?? null,
  };
}

export type DispatchLog = (channel: string, error: unknown) => void;

const logToConsole: DispatchLog = (channel, error) => console.error(`[quire] ${channel} failed:`, error);

/**
 * The single way a transport calls a service: it validates the raw arguments and
 * turns every failure into an outcome, so IPC and HTTP answer identically.
 * Unexpected errors are logged here and reach the UI only as a generic message,
 * since their text may carry paths or internals.
 */
export async function dispatch<K extends ShellChannel>(
  services: ShellServices,
  channel: K | (string & {}),
  rawArgs: unknown,
  log: DispatchLog = logToConsole,
): Promise<ShellOutcome<ShellResult<K>>> {
  try {
    if (!isShellChannel(channel)) {
      throw new ShellError('unknown-channel', `Quire has no “${String(channel).slice(0, 80)}” command.`);
    }
    const args = parseShellArgs(channel, rawArgs);
    const handler = services[channel] as (args: ShellArgs<ShellChannel>) => Promise<ShellResult<K>>;
    return { ok: true, value: await handler(args) };
  } catch (error) {
    if (error instanceof ShellError) return { ok: false, error: { code: error.code, message: error.message } };
    log(String(channel), error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Quire. The details were logged.' } };
  }
}
