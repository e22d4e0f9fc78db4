import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountScreen, until } from '../../testing/mount-screen';
import { describeQuote } from '../../../shared/anchor/anchor';
import { addAssets } from '../../db/assets';
import { addClip, getClip, updateClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createQuote, listQuotesOfClip } from '../../db/quotes';
import { clipDraft, freshLibrary } from '../../db/testing';
import { ReaderScreen } from './ReaderScreen';

const text = 'Moscow said the treaty is dead.\n\nWashington disagreed, citing the record.';
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function openReader(db: LibraryDb, clipId: string) {
  const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clipId} quoteId={null} />);
  cleanup = unmount;
  const frame = await until(() => host.querySelector('iframe'), 'the article frame');
  await until(() => host.querySelector('.reader-frame-wrap[data-ready]'), 'the frame to be wired');
  const doc = frame.contentDocument!;
  return { host, frame, doc };
}

async function clipWithImage(db: LibraryDb) {
  const { clip } = await addClip(db, clipDraft({ text, html: '<p>placeholder</p>' }));
  const [asset] = await addAssets(db, [{ clipId: clip.id, sourceUrl: 'https://img.example/a.png', mimeType: 'image/png', blob: new Blob([PIXEL], { type: 'image/png' }) }]);
  const html = `<p>Moscow said <b>the treaty</b> is dead.</p><figure><img src="asset:${asset!.id}" alt="A map"><img src="https://img.example/b.png" alt="Remote"></figure>
    <script>parent.__quireFrameScriptRan = true</script><p onclick="parent.__quireFrameScriptRan = true">Washington disagreed, citing the record.</p>`;
  await updateClip(db, clip.id, { html });
  return clip.id;
}

describe('the reader', () => {
  it('shows the article in a script-less sandboxed frame, images from local assets, nothing from the network', async () => {
    const db = await freshLibrary();
    const clipId = await clipWithImage(db);
    const { frame, doc } = await openReader(db, clipId);
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const images = [...doc.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.src).toMatch(/^blob:/);
    expect(doc.querySelector('.missing-image')?.textContent).toBe('[image: Remote]');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('[onclick]')).toBeNull();
    (doc.querySelectorAll('p')[1] as HTMLElement).click();
    expect((window as { __quireFrameScriptRan?: boolean }).__quireFrameScriptRan).toBeUndefined();
  });

  it('turns a selection into a quote with the Quote button, then highlights it', async () => {
    const db = await freshLibrary();
    const clipId = await clipWithImage(db);
    const { host, doc } = await openReader(db, clipId);
    const bold = doc.querySelector('b')!.firstChild as Text;
    const last = doc.querySelectorAll('p')[0]!.lastChild as Text;
    const range = doc.createRange();
    range.setStart(bold, 0);
    range.setEnd(last, last.data.indexOf('.'));
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    const button = await until(() => host.querySelector<HTMLButtonElement>('.quote-button'), 'the Quote button');
    await act(async () => button.click());
    const quotes = await untilAsync(() => listQuotesOfClip(db, clipId), (q) => q.length === 1);
    expect(quotes[0]!.text).toBe('the treaty is dead');
    expect(quotes[0]!.selector).toEqual(describeQuote(text, text.indexOf('the treaty'), text.indexOf(' is dead') + ' is dead'.length));
    const marks = await until(() => doc.querySelectorAll(`mark[data-quote-ids~="${quotes[0]!.id}"]`).length > 0 && doc.querySelectorAll('mark'), 'the highlight');
    expect([...marks].map((m) => m.textContent).join('')).toBe('the treaty is dead');
    await until(() => host.querySelector(`.quote-card[data-quote-id="${quotes[0]!.id}"]`), 'the quote card');
  });

  it('lists a quote whose text is gone as orphaned, with its text, and remembers the reading state', async () => {
    const db = await freshLibrary();
    const clipId = await clipWithImage(db);
    const other = 'a sentence this article never had in it at all';
    await createQuote(db, { clipId, text: other, selector: describeQuote(`${other}.`, 0, other.length) });
    const { host } = await openReader(db, clipId);
    const card = await until(() => host.querySelector('.quote-card'), 'the orphan card');
    expect(card.querySelector('.badge.orphan')?.textContent).toBe('orphaned');
    expect(card.querySelector('blockquote')?.textContent).toContain(other);

    const read = [...host.querySelectorAll<HTMLButtonElement>('[role=radio]')].find((b) => b.textContent === 'Read')!;
    await act(async () => read.click());
    await untilAsync(() => getClip(db, clipId), (clip) => clip?.readState === 'read');
  });
});

async function untilAsync<T>(load: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await load();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('Timed out waiting for the library');
}
