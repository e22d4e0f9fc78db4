import { clipSource } from './clip-flow';
import type { ClipContext } from './clip-flow';
import type { ImportRecorder } from './import-journal';
import { prepareFile, SourceError } from './sources';

export type FileResult =
  | { name: string; status: 'clipped'; clipId: string; title: string; warnings: string[]; missingImages: number }
  | { name: string; status: 'duplicate'; clipId: string; title: string; repairedImages: number; missingImages: number }
  | { name: string; status: 'failed'; reason: string }
  /** Clipped by an earlier run of the same import that stopped (see import-journal.ts): skipped this time. */
  | { name: string; status: 'earlier'; clipId: string; title: string };

export type ImportProgress = { done: number; total: number; results: FileResult[]; cancelled: boolean };

/**
 * Clips many files one after another. A failure is recorded and the rest go on;
 * cancelling stops before the next file (what was clipped stays clipped). With a
 * recorder, the files its plan skips show first, and each result is written down
 * before the next file starts.
 */
export async function importFiles(
  files: readonly File[],
  ctx: ClipContext,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
  recorder?: ImportRecorder,
): Promise<ImportProgress> {
  const results: FileResult[] = [...(recorder?.plan.earlier ?? [])];
  const total = results.length + files.length;
  const report = (cancelled = false) => onProgress({ done: results.length, total, results: [...results], cancelled });
  report();
  for (const file of files) {
    if (signal?.aborted) {
      report(true);
      return { done: results.length, total, results, cancelled: true };
    }
    const result = await importOne(file, ctx);
    results.push(result);
    await recorder?.record(file, result);
    report();
  }
  return { done: results.length, total, results, cancelled: false };
}

async function importOne(file: File, ctx: ClipContext): Promise<FileResult> {
  try {
    const source = await prepareFile(file);
    const outcome = await clipSource({ ...source, input: { ...source.input, source: 'import' } }, ctx);
    switch (outcome.status) {
      case 'clipped':
        return { name: file.name, status: 'clipped', clipId: outcome.clip.id, title: outcome.clip.title, warnings: outcome.warnings, missingImages: outcome.missingImages.length };
      case 'duplicate': {
        const { existing, repairedImages, missingImages } = outcome;
        return { name: file.name, status: 'duplicate', clipId: existing.id, title: existing.title, repairedImages, missingImages: missingImages.length };
      }
      case 'failed':
      case 'local-address':
        return { name: file.name, status: 'failed', reason: outcome.message };
    }
  } catch (error) {
    const reason = error instanceof SourceError ? error.message : `Could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { name: file.name, status: 'failed', reason };
  }
}
