import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { describeQuote } from '../../../shared/anchor/anchor';
import { addClip } from '../../db/clips';
import { createQuote, getQuote, updateQuote } from '../../db/quotes';
import { clipDraft, freshLibrary } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { ReaderScreen } from '../reader/ReaderScreen';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  localStorage.clear();
});

const text = 'Moscow said the treaty is dead.';

/** Polls an async probe (`until` takes sync ones: a promise would count as found). */
async function eventually(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function openQuote() {
  const db = await freshLibrary();
  const { clip } = await addClip(db, clipDraft({ text, html: `<p>${text}</p>` }));
  const quote = await createQuote(db, { clipId: clip.id, text: 'the treaty is dead', selector: describeQuote(text, 12, 30) });
  const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clip.id} quoteId={null} />);
  cleanup = unmount;
  const field = await until(() => host.querySelector<HTMLTextAreaElement>(`.quote-card[data-quote-id="${quote.id}"] textarea`), 'the comment field');
  return { db, quote, field, unmount };
}

describe('a quote comment', () => {
  it('saves itself while the field keeps the focus, as a note does', async () => {
    const { db, quote, field } = await openQuote();
    await userEvent.click(field);
    await userEvent.keyboard('Refused inspections first');
    expect(document.activeElement).toBe(field);
    await eventually(async () => (await getQuote(db, quote.id))?.comment === 'Refused inspections first', 'the comment to be stored');
    expect(document.activeElement).toBe(field);
  });

  it('shows another window’s comment only while nothing typed here is unsaved', async () => {
    const { db, quote, field } = await openQuote();
    await updateQuote(db, quote.id, { comment: 'from the other window' });
    await until(() => field.value === 'from the other window', 'the other window’s comment');

    await userEvent.click(field);
    await userEvent.keyboard('{Control>}a{/Control}mine, typed here');
    await updateQuote(db, quote.id, { comment: 'theirs again' });
    expect(field.value).toBe('mine, typed here');
    await eventually(async () => (await getQuote(db, quote.id))?.comment === 'mine, typed here', 'the typed comment to be stored');
    expect(field.value).toBe('mine, typed here');
  });

  it('restores a comment a closing window left unsaved, and stores it', async () => {
    const db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft({ text, html: `<p>${text}</p>` }));
    const quote = await createQuote(db, { clipId: clip.id, text: 'the treaty is dead', selector: describeQuote(text, 12, 30) });
    localStorage.setItem(`quire:quote-comment:${quote.id}`, JSON.stringify({ comment: 'typed as the window closed', savedComment: '', writtenAt: Date.now() }));
    const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clip.id} quoteId={null} />);
    cleanup = unmount;
    const field = await until(() => host.querySelector<HTMLTextAreaElement>('.quote-card textarea'), 'the comment field');
    expect(field.value).toBe('typed as the window closed');
    await eventually(async () => (await getQuote(db, quote.id))?.comment === 'typed as the window closed', 'the draft to be stored');
    await until(() => localStorage.getItem(`quire:quote-comment:${quote.id}`) === null, 'the draft to be cleared');
  });

  it('offers a draft the stored comment has moved past, instead of writing over it', async () => {
    const db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft({ text, html: `<p>${text}</p>` }));
    const quote = await createQuote(db, { clipId: clip.id, text: 'the treaty is dead', selector: describeQuote(text, 12, 30), comment: 'changed since' });
    localStorage.setItem(`quire:quote-comment:${quote.id}`, JSON.stringify({ comment: 'the unsaved one', savedComment: 'as it was', writtenAt: Date.now() }));
    const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clip.id} quoteId={null} />);
    cleanup = unmount;
    const field = await until(() => host.querySelector<HTMLTextAreaElement>('.quote-card textarea'), 'the comment field');
    expect(field.value).toBe('changed since');
    const notice = await until(() => host.querySelector<HTMLElement>('.quote-card .quote-status'), 'the offer');
    expect(notice.textContent).toContain('“the unsaved one”');
    expect((await getQuote(db, quote.id))?.comment).toBe('changed since');
    await userEvent.click([...notice.querySelectorAll('button')].find((b) => b.textContent === 'Use it')!);
    expect(field.value).toBe('the unsaved one');
    await eventually(async () => (await getQuote(db, quote.id))?.comment === 'the unsaved one', 'the chosen draft to be stored');
  });
});
