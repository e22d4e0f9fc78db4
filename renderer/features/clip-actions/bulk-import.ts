import { clipSource } from './clip-flow';
import type { ClipContext } from './clip-flow';
import { prepareFile, SourceError } from './sources';

export type FileResult =
  | { name: string; status: 'clipped'; clipId: string; title: string; warnings: string[]; missingImages: number }
  | { name: string; status: 'duplicate'; clipId: string; title: string; repairedImages: number; missingImages: number }
  | { name: string; status: 'failed'; reason: string };

export type ImportProgress = { done: number; total: number; results: FileResult[]; cancelled: boolean };

/**
 * Clips many files one after another. A failure is recorded and the rest go on;
 * cancelling stops before the next file (what was clipped stays clipped).
 */
export async function importFiles(
  files: readonly File[],
  ctx: ClipContext,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportProgress> {
  const results: FileResult[] = [];
  const report = (cancelled = false) => onProgress({ done: results.length, total: files.length, results: [...results], cancelled });
  report();
  for (const file of files) {
    if (signal?.aborted) {
      report(true);
      return { done: results.length, total: files.length, results, cancelled: true };
    }
    results.push(await importOne(file, ctx));
    report();
  }
  return { done: results.length, total: files.length, results, cancelled: false };
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
        return { name: file.name, status: 'failed', reason: outcome.message };
    }
  } catch (error) {
    const reason = error instanceof SourceError ? error.message : `Could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { name: file.name, status: 'failed', reason };
  }
}
