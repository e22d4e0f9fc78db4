import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../../shared/anchor/anchor';
import type { Quote } from '../../../shared/model';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity } from '../../db/entities';
import { createQuote, getQuote, listQuotesOfClip } from '../../db/quotes';
import { clipDraft, freshLibrary } from '../../db/testing';
import { listTrash } from '../../db/trash';
import { mountScreen, until } from '../../testing/mount-screen';
import { ReaderScreen } from '../reader/ReaderScreen';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const text = 'Moscow said the treaty is dead.\n\nWashington disagreed, citing the record.';

/** A quote with everything a delete must not lose: a speaker, a tag, a comment and a colour other than the default. */
async function richQuote(db: LibraryDb): Promise<Quote> {
  const { clip } = await addClip(db, clipDraft({ text, html: `<p>Moscow said the treaty is dead.</p><p>Washington disagreed, citing the record.</p>` }));
  const speaker = await createEntity(db, { kind: 'person', name: 'Sergey Lavrov' });
  const treaty = await createEntity(db, { kind: 'treaty', name: 'New START' });
  const start = text.indexOf('the treaty');
  const end = text.indexOf('.', start);
  return createQuote(db, {
    clipId: clip.id,
    text: text.slice(start, end),
    selector: describeQuote(text, start, end),
    speakerId: speaker.id,
    entityIds: [treaty.id],
    comment: 'Said after the last inspection was refused.',
    colour: 'green',
  });
}

async function openReader(db: LibraryDb, clipId: string) {
  const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clipId} quoteId={null} />);
  cleanup = unmount;
  const frame = await until(() => host.querySelector('iframe'), 'the article frame');
  await until(() => host.querySelector('.reader-frame-wrap[data-ready]'), 'the frame to be wired');
  return { host, unmount, doc: frame.contentDocument! };
}

const cardOf = (host: HTMLElement, quoteId: string) => host.querySelector<HTMLElement>(`.quote-card[data-quote-id="${quoteId}"]`);
const marksOf = (doc: Document, quoteId: string) => [...doc.querySelectorAll<HTMLElement>(`mark[data-quote-ids~="${quoteId}"]`)];

async function deleteFromCard(host: HTMLElement, quoteId: string) {
  const card = await until(() => cardOf(host, quoteId), 'the quote card');
  const remove = [...card.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Delete')!;
  await act(async () => remove.click());
  await until(() => !cardOf(host, quoteId), 'the card to go');
}

describe('deleting a quote in the reader', () => {
  it('offers Undo, which brings back the card, its highlight, speaker, tags and comment', async () => {
    const db = await freshLibrary();
    const quote = await richQuote(db);
    const { host, doc } = await openReader(db, quote.clipId);
    await until(() => marksOf(doc, quote.id).length > 0, 'the highlight');

    await deleteFromCard(host, quote.id);
    const toast = await until(() => host.querySelector<HTMLElement>('.toast'), 'the undo toast');
    expect(toast.textContent).toContain('Quote moved to the trash');
    expect((await getQuote(db, quote.id))!.deletedAt).not.toBeNull();
    await until(() => marksOf(doc, quote.id).length === 0, 'the highlight to go');

    await act(async () => toast.querySelector<HTMLButtonElement>('button')!.click());
    const card = await until(() => cardOf(host, quote.id), 'the card back');
    await until(() => !host.querySelector('.toast'), 'the toast to close');
    expect(card.querySelector('blockquote')?.textContent).toContain('the treaty is dead');
    expect([...card.querySelectorAll('.chip a')].map((a) => a.textContent)).toEqual(['Sergey Lavrov', 'New START']);
    expect(card.querySelector('textarea')?.value).toBe('Said after the last inspection was refused.');
    expect(card.querySelector('[role=radio][aria-checked=true]')?.getAttribute('aria-label')).toBe('green');
    const marks = await until(() => marksOf(doc, quote.id).length > 0 && marksOf(doc, quote.id), 'the highlight back');
    expect(marks.map((m) => m.textContent).join('')).toBe('the treaty is dead');
    expect(marks[0]!.dataset.colour).toBe('green');

    const restored = (await getQuote(db, quote.id))!;
    expect({ ...restored, updatedAt: 0 }).toEqual({ ...quote, updatedAt: 0 });
  });

  it('gathers deletes made while the toast shows: one Undo brings them all back', async () => {
    const db = await freshLibrary();
    const quote = await richQuote(db);
    const start = text.indexOf('Washington');
    const other = await createQuote(db, { clipId: quote.clipId, text: 'Washington disagreed', selector: describeQuote(text, start, start + 20) });
    const { host, doc } = await openReader(db, quote.clipId);

    await deleteFromCard(host, quote.id);
    await until(() => host.querySelector('.toast')?.textContent?.includes('Quote moved to the trash'), 'the first toast');
    await deleteFromCard(host, other.id);
    const toast = await until(() => host.querySelector<HTMLElement>('.toast'), 'the toast');
    await until(() => toast.textContent?.includes('2 quotes moved to the trash'), 'the toast to count both');
    expect((await listTrash(db)).quotes.map((q) => q.id).sort()).toEqual([quote.id, other.id].sort());

    await act(async () => toast.querySelector<HTMLButtonElement>('button')!.click());
    await until(() => cardOf(host, quote.id) && cardOf(host, other.id), 'both cards back');
    await until(() => !host.querySelector('.toast'), 'the toast to close');
    expect((await listTrash(db)).quotes).toEqual([]);
    await until(() => marksOf(doc, quote.id).length > 0 && marksOf(doc, other.id).length > 0, 'both highlights back');
  });

  it('without Undo leaves the quote in the trash, gone from the reader', async () => {
    const db = await freshLibrary();
    const quote = await richQuote(db);
    const first = await openReader(db, quote.clipId);
    await deleteFromCard(first.host, quote.id);
    await until(() => first.host.querySelector('.toast'), 'the undo toast');
    first.unmount();

    expect((await listTrash(db)).quotes.map((q) => q.id)).toEqual([quote.id]);
    expect(await listQuotesOfClip(db, quote.clipId)).toEqual([]);
    // A second quote shows the list has loaded, so the deleted one's absence means something.
    const start = text.indexOf('Washington');
    const kept = await createQuote(db, { clipId: quote.clipId, text: 'Washington disagreed', selector: describeQuote(text, start, start + 20) });
    const again = await openReader(db, quote.clipId);
    await until(() => cardOf(again.host, kept.id), 'the other quote’s card');
    expect(again.host.querySelectorAll('.quote-card')).toHaveLength(1);
    expect(again.host.querySelector('.toast')).toBeNull();
    expect(marksOf(again.doc, quote.id)).toEqual([]);
  });
});
