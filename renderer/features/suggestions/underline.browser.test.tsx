import { act } from 'react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/clip/plain-text';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { listQuotesOfClip } from '../../db/quotes';
import { clipDraft, freshLibrary } from '../../db/testing';
import { mountScreen } from '../../testing/mount-screen';
import { SEED_ARTICLE } from '../demo/seed-article';
import { seedGazetteer } from '../entities/gazetteer-seed';
import { ReaderScreen } from '../reader/ReaderScreen';
import { listRejectedQuotes } from './store';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function until<T>(probe: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function openSeedClip() {
  const db = await freshLibrary();
  await seedGazetteer(db);
  const text = SEED_ARTICLE.paragraphs.join('\n\n');
  const html = SEED_ARTICLE.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const { clip } = await addClip(db, clipDraft({ title: SEED_ARTICLE.title, text, html }));
  return { db, clipId: clip.id, ...(await openReader(db, clip.id)) };
}

async function openReader(db: LibraryDb, clipId: string) {
  cleanup?.();
  const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clipId} quoteId={null} />);
  cleanup = unmount;
  await until(() => host.querySelector('.reader-frame-wrap[data-ready]'), 'the article frame');
  const doc = host.querySelector('iframe')!.contentDocument!;
  return { host, doc };
}

const cards = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.suggested-quote')];
const idOf = (card: HTMLElement) => card.dataset.suggestionId!;
const underlines = (doc: Document, id: string) => [...doc.querySelectorAll<HTMLElement>(`mark.suggestion[data-suggestion-ids~="${id}"]`)];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const button = (card: HTMLElement, label: string) => [...card.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

describe('suggested quotes in the article text', () => {
  it('underlines each pending suggestion; accepting paints it as a quote, rejecting removes the underline', async () => {
    const { db, clipId, host, doc } = await openSeedClip();
    const [first, second, ...rest] = await until(() => cards(host).length === 4 && cards(host), 'four suggested quotes');
    for (const card of [first!, second!, ...rest]) {
      const marks = await until(() => underlines(doc, idOf(card)).length > 0 && underlines(doc, idOf(card)), `the underline of ${idOf(card)}`);
      expect(squash(marks.map((m) => m.textContent).join(''))).toBe(squash(card.querySelector('blockquote')!.textContent!));
      expect(marks.every((m) => m.dataset.quoteIds === undefined)).toBe(true);
    }
    expect(doc.querySelectorAll('mark[data-quote-ids]')).toHaveLength(0);

    const [acceptedId, rejectedId] = [idOf(first!), idOf(second!)];
    await act(async () => button(first!, 'Accept').click());
    const [quote] = await until(async () => {
      const quotes = await listQuotesOfClip(db, clipId);
      return quotes.length === 1 && quotes;
    }, 'the accepted quote');
    const painted = await until(() => doc.querySelectorAll<HTMLElement>(`mark[data-quote-ids~="${quote!.id}"]`).length > 0 && [...doc.querySelectorAll<HTMLElement>(`mark[data-quote-ids~="${quote!.id}"]`)], 'the quote highlight');
    expect(squash(painted.map((m) => m.textContent).join(''))).toBe(squash(quote!.text));
    expect(painted.some((m) => m.classList.contains('suggestion'))).toBe(false);
    expect(underlines(doc, acceptedId)).toHaveLength(0);

    const secondCard = cards(host).find((c) => idOf(c) === rejectedId)!;
    await act(async () => button(secondCard, 'Reject').click());
    await until(() => doc.querySelectorAll(`mark[data-suggestion-ids~="${rejectedId}"]`).length === 0, 'the rejected underline gone');
    expect(await listRejectedQuotes(db, clipId)).toHaveLength(1);
    for (const card of rest) expect(underlines(doc, idOf(card)).length).toBeGreaterThan(0);
  });

  it('links an underline and its card: hover or click marks the card, Show in text scrolls the article', async () => {
    const { host, doc } = await openSeedClip();
    const all = await until(() => cards(host).length === 4 && cards(host), 'four suggested quotes');
    const last = all[3]!;
    const mark = await until(() => underlines(doc, idOf(last))[0], 'the last underline');

    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await until(() => last.classList.contains('focused'), 'the hovered suggestion’s card marked');
    await until(() => mark.classList.contains('active'), 'the hovered underline active');
    expect(document.activeElement).not.toBe(last);

    const third = all[2]!;
    await act(async () => underlines(doc, idOf(third))[0]!.click());
    await until(() => third.classList.contains('focused'), 'the clicked suggestion’s card marked');
    expect(last.classList.contains('focused')).toBe(false);
    // The keyboard focus stays where it was: a click in the article may start a selection.
    expect(document.activeElement).not.toBe(third);

    const win = doc.defaultView!;
    win.scrollTo(0, 0);
    await act(async () => button(last, 'Show in text').click());
    await until(() => win.scrollY > 0, 'the article scrolled');
    const box = underlines(doc, idOf(last))[0]!.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(win.innerHeight);
  });

  it('reviews by keyboard: arrows move and are announced, A accepts, R rejects, the focus stays in the list', async () => {
    const { db, clipId, host, doc } = await openSeedClip();
    const all = await until(() => cards(host).length === 4 && cards(host), 'four suggested quotes');
    const texts = all.map((c) => c.querySelector('blockquote')!.textContent!);
    const live = host.querySelector('.suggestions [aria-live]')!;
    all[0]!.focus();
    expect(all[0]!.tabIndex).toBe(0);

    await userEvent.keyboard('{ArrowDown}');
    await until(() => document.activeElement === all[1], 'the second card focused');
    await until(() => /^Suggestion 2 of 4, Vladimir Putin: /.test(live.textContent!), 'the move announced');
    expect(underlines(doc, idOf(all[1]!))[0]!.classList.contains('active')).toBe(true);

    await userEvent.keyboard('a');
    await until(() => cards(host).length === 3, 'the second accepted');
    await until(() => document.activeElement === cards(host)[1], 'the focus on the card that took its place');
    await until(() => /^Accepted\. Suggestion 2 of 3, /.test(live.textContent!), 'the acceptance announced');
    expect((await listQuotesOfClip(db, clipId)).map((q) => q.text)).toEqual([texts[1]]);

    await userEvent.keyboard('{ArrowUp}');
    await until(() => document.activeElement === cards(host)[0], 'the first card focused');
    await userEvent.keyboard('r');
    await until(() => cards(host).length === 2, 'the first rejected');
    expect((await listRejectedQuotes(db, clipId)).map((r) => r.text)).toEqual([texts[0]]);
    await until(() => /^Rejected\. Suggestion 1 of 2, /.test(live.textContent!), 'the rejection announced');

    await userEvent.keyboard('a');
    await until(() => cards(host).length === 1, 'one left');
    await userEvent.keyboard('a');
    await until(() => host.querySelector('.suggestions-empty'), 'every suggestion decided');
    expect(host.querySelector('.suggestions-empty')!.textContent).toBe('Every suggested quote has been accepted or rejected.');
    // Focus moves in an effect after the empty state renders, as it does after every decision above.
    await until(() => document.activeElement === host.querySelector('.suggestions-empty'), 'the focus on the empty state');
    await until(() => live.textContent === 'Accepted. No suggested quotes left.', 'the last decision announced');
    expect(await listQuotesOfClip(db, clipId)).toHaveLength(3);
  });

  it('says so when the article has no quotes', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const text = 'The committee met on Tuesday. It adjourned without a vote on the budget.';
    const { clip } = await addClip(db, clipDraft({ text, html: `<p>${text}</p>` }));
    const { host } = await openReader(db, clip.id);
    await until(() => host.querySelector('.suggestions-empty'), 'the empty state');
    expect(host.querySelector('.suggestions-empty')!.textContent).toBe('No quotes found in this article.');
  });
});
