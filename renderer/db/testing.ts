import { newId } from '../../shared/ids';
import type { ClipDraft } from './clips';
import { type LibraryDb, openLibrary, type OpenOptions } from './db';
import type { QuoteDraft } from './quotes';

/** A clock that ticks one millisecond per reading, so every timestamp in a test is distinct and predictable. */
export function tickingClock(start = Date.UTC(2026, 0, 1)): () => number {
  let t = start;
  return () => (t += 1);
}

/** A new, empty library under a unique name (tests and benchmarks; needs an IndexedDB). */
export function freshLibrary(options: OpenOptions = {}): Promise<LibraryDb> {
  return openLibrary(`quire-test-${newId()}`, { now: tickingClock(), ...options });
}

let serial = 0;

export function clipDraft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  serial += 1;
  const text = `Paragraph ${serial}. The ministers met in Geneva to discuss the treaty.`;
  return {
    url: `https://news.example/${serial}`,
    canonicalUrl: `https://news.example/${serial}`,
    title: `Article ${serial}`,
    byline: 'Jane Doe',
    siteName: 'Example News',
    publishedAt: '2026-01-02',
    lang: 'en',
    excerpt: text.slice(0, 40),
    html: `<p>${text}</p>`,
    text,
    wordCount: text.split(/\s+/).length,
    contentHash: `hash-${serial}`,
    source: 'url',
    ...overrides,
  };
}

export function quoteDraft(clipId: string, overrides: Partial<QuoteDraft> = {}): QuoteDraft {
  const exact = 'The ministers met';
  return {
    clipId,
    text: exact,
    selector: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: ' in Geneva' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    ...overrides,
  };
}

/** Every table's raw rows, blobs read out as bytes: what "the library is identical" compares. */
export async function dumpLibrary(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['clips', 'assets', 'entities', 'quotes', 'mentions', 'notes', 'settings'] as const) {
    const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
    out[table] = await Promise.all(
      rows.map(async (row) => {
        const blob = row.blob;
        if (!(blob instanceof Blob)) return row;
        return { ...row, blob: { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) } };
      }),
    );
  }
  return out;
}

/** Makes every write to `table` fail as a full disk does, below Dexie, where IndexedDB would. */
export async function fillDiskFor(db: LibraryDb, table: string): Promise<void> {
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table(name) {
        const inner = down.table(name);
        if (name !== table) return inner;
        return { ...inner, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
      },
    }),
  });
  await db.open();
}
