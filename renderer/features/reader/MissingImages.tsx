import { useEffect, useState } from 'react';
import { isDataUrl } from '../../../shared/clip/data-image';
import type { Clip } from '../../../shared/model';
import { listAssetsOfClip, missingImagesOf } from '../../db/assets';
import type { LibraryDb } from '../../db/db';
import { useShell } from '../../shell';
import { shellImageFetcher } from '../clip-actions/clip-flow';
import { imagesNotDownloaded } from '../clip-actions/image-notes';
import { completeClipImages } from '../clip-actions/store-clip';
import { liveValue, useLibraryDb, useLive } from '../library/library-db';

/** Whether the browser thinks there is a network; a retry offline could only fail again. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

const NOTHING_MISSING = { missing: [] as string[], reasons: new Map<string, string>() };

/** The images not stored, and for those that were tried, why not (the failure the asset records). */
async function missingWithReasons(db: LibraryDb, clip: Clip) {
  const [missing, assets] = await Promise.all([missingImagesOf(db, clip), listAssetsOfClip(db, clip.id)]);
  return { missing, reasons: new Map(assets.flatMap((a) => (a.blob === null && a.error ? [[a.sourceUrl, a.error] as const] : []))) };
}

const describe = (source: string) => (isDataUrl(source) ? 'an image inlined in the page' : source);

/** Says which of the clip's images are not stored (a failed download, or a clip cut off while saving) and offers to fetch them again. */
export function MissingImages({ clip }: { clip: Clip }) {
  const db = useLibraryDb();
  const shell = useShell();
  const online = useOnline();
  const { missing, reasons } = liveValue(useLive((d) => missingWithReasons(d, clip), [clip], ['assets']), NOTHING_MISSING);
  const [retrying, setRetrying] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  if (missing.length === 0 && result === null) return null;

  const retry = () => {
    setRetrying(true);
    setResult(null);
    completeClipImages(db, clip, { fetchImage: shellImageFetcher(shell) }).then(
      (still) => setResult(still.length === 0 ? 'Every image is saved now.' : `${imagesNotDownloaded(still.length)} again.`),
      (error: unknown) => setResult(`The images were not saved: ${error instanceof Error ? error.message : String(error)}`),
    ).finally(() => setRetrying(false));
  };

  return (
    <section className="missing-images" aria-label="Images not saved">
      {missing.length > 0 ? (
        <>
          <p>
            Images not saved: {imagesNotDownloaded(missing.length)}, so {missing.length === 1 ? 'it shows' : 'they show'} as a description.
          </p>
          <details>
            <summary>Which</summary>
            <ul>
              {missing.map((source) => (
                <li key={source}>
                  {describe(source)}
                  {reasons.get(source) ? <span className="muted"> — {reasons.get(source)}</span> : null}
                </li>
              ))}
            </ul>
          </details>
          {online ? (
            <button type="button" onClick={retry} disabled={retrying}>
              {retrying ? 'Retrying…' : 'Retry images'}
            </button>
          ) : (
            <p className="muted">You are offline: connect to retry them.</p>
          )}
        </>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
    </section>
  );
}
