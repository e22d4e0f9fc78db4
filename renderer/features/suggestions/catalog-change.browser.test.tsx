import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/clip/plain-text';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity } from '../../db/entities';
import { listMentionsOfClip, setMentionStatus } from '../../db/mentions';
import { getMeta } from '../../db/settings';
import { clipDraft, freshLibrary } from '../../db/testing';
import { mountScreen } from '../../testing/mount-screen';
import { entityOfKey, seedGazetteer } from '../entities/gazetteer-seed';
import { ReaderScreen } from '../reader/ReaderScreen';
import { startBackgroundSuggestions } from './background';
import { BackgroundSuggestions } from './BackgroundSuggestions';
import { suggestionsCacheKey } from './cache';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function until<T>(probe: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const TALKS = [
  'Secretary of State Antony Blinken said the talks had been \u201cuseful but difficult\u201d and that Washington would not rush a deal.',
  '\u201cNobody should expect a breakthrough this week,\u201d Blinken added.',
];
const VISIT = [
  'Antony Blinken flew to Kyiv on Thursday, his fourth visit since the war began.',
  '\u201cWe will stand with Ukraine for as long as it takes,\u201d he told reporters in Moscow\u2019s shadow.',
];
const BUDGET = ['The committee met on Tuesday and adjourned without a vote on the budget.'];

async function addArticle(db: LibraryDb, paragraphs: string[], title: string): Promise<string> {
  const html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const { clip } = await addClip(db, clipDraft({ title, text: paragraphs.join('\n\n'), html, canonicalUrl: `https://news.example/${encodeURIComponent(title)}` }));
  return clip.id;
}

async function openReader(db: LibraryDb, clipId: string) {
  cleanups.pop()?.();
  const { host, unmount } = await mountScreen(db, <ReaderScreen clipId={clipId} quoteId={null} />);
  cleanups.push(unmount);
  await until(() => host.querySelector('.suggestions .suggested-quote, .suggestions-empty'), 'the suggestions');
  return host;
}

const mentionChips = (host: HTMLElement) => [...host.querySelectorAll('.suggested-mention')].map((c) => c.textContent ?? '');
const blinkenIn = async (db: LibraryDb, clipId: string, blinkenId: string) => (await listMentionsOfClip(db, clipId)).filter((m) => m.entityId === blinkenId);

describe('suggestions after the catalog changes', () => {
  it('a name added to the catalog is suggested in another clip opened after', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const talks = await addArticle(db, TALKS, 'Talks');
    const visit = await addArticle(db, VISIT, 'Visit');

    // The second clip read once before: its suggestions are stored under the old catalog.
    let host = await openReader(db, visit);
    expect(mentionChips(host).some((t) => t.includes('Antony Blinken'))).toBe(false);
    const before = await getMeta<{ stamp: string }>(db, suggestionsCacheKey(visit));
    expect(before?.stamp).toBeTruthy();

    // Added from the catalog while another clip is open, as the Entities screen does.
    host = await openReader(db, talks);
    const blinken = await createEntity(db, { name: 'Antony Blinken', kind: 'person' });
    await until(() => mentionChips(host).some((t) => t.includes('Antony Blinken')), 'Antony Blinken suggested in the open clip');

    host = await openReader(db, visit);
    await until(() => mentionChips(host).some((t) => t.includes('Antony Blinken')), 'Antony Blinken suggested in the other clip');
    expect((await blinkenIn(db, visit, blinken.id)).map((m) => m.text)).toEqual(['Antony Blinken']);
    expect((await getMeta<{ stamp: string }>(db, suggestionsCacheKey(visit)))?.stamp).not.toBe(before?.stamp);
  });

  it('the idle pass brings every clip up to date without opening it, and keeps rejections', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const russia = (await entityOfKey(db, 'state:ru'))!;
    const talks = await addArticle(db, TALKS, 'Talks');
    const visit = await addArticle(db, VISIT, 'Visit');
    const budget = await addArticle(db, BUDGET, 'Budget');
    const { unmount } = await mountScreen(db, <BackgroundSuggestions />);
    cleanups.push(unmount);

    // The first pass (at start) stores each clip's suggestions; the reader would have, too.
    await until(async () => (await Promise.all([talks, visit, budget].map((id) => getMeta(db, suggestionsCacheKey(id))))).every(Boolean), 'a first pass');
    const moscow = await until(async () => (await listMentionsOfClip(db, visit)).find((m) => m.entityId === russia.id), 'Moscow as a mention of Russia');
    await setMentionStatus(db, moscow.id, 'rejected');

    const blinken = await createEntity(db, { name: 'Antony Blinken', kind: 'person', aliases: ['Blinken'] });
    await until(async () => (await blinkenIn(db, visit, blinken.id)).length > 0 && (await blinkenIn(db, talks, blinken.id)).length > 0, 'Antony Blinken in both clips, unopened');
    expect((await blinkenIn(db, talks, blinken.id)).map((m) => m.text)).toEqual(['Antony Blinken', 'Blinken']);
    expect(await listMentionsOfClip(db, budget)).toEqual([]);
    const russiaInVisit = (await listMentionsOfClip(db, visit)).filter((m) => m.entityId === russia.id);
    expect(russiaInVisit.map((m) => [m.id, m.status])).toEqual([[moscow.id, 'rejected']]);
  });

  it('waits while the window is hidden, a few clips per idle moment', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const ids = [await addArticle(db, TALKS, 'One'), await addArticle(db, VISIT, 'Two'), await addArticle(db, BUDGET, 'Three')];
    let show: () => void = () => undefined;
    const shown = new Promise<void>((resolve) => (show = resolve));
    const progress: { seen: number; computed: number; done: boolean }[] = [];
    const pass = startBackgroundSuggestions(db, { settleMs: 0, batch: 2, visible: () => shown, idle: () => Promise.resolve(), onProgress: (p) => progress.push(p) });
    cleanups.push(() => pass.stop());

    await new Promise((r) => setTimeout(r, 300));
    expect(progress).toEqual([]);
    expect(await Promise.all(ids.map((id) => getMeta(db, suggestionsCacheKey(id))))).toEqual([undefined, undefined, undefined]);
    show();
    await until(() => progress.at(-1)?.done, 'the pass to finish');
    expect(progress).toEqual([
      { seen: 2, computed: 2, done: false },
      { seen: 3, computed: 3, done: false },
      { seen: 3, computed: 3, done: true },
    ]);

    // Nothing changed since: a second pass has nothing to look at.
    progress.length = 0;
    pass.wake();
    await until(() => progress.at(-1)?.done, 'the second pass');
    expect(progress).toEqual([{ seen: 0, computed: 0, done: true }]);

    // A clip added since by a path that did not suggest (an import): the pass looks at every clip and computes that one.
    await addArticle(db, ['The vote is now set for Friday, the committee said.'], 'Four');
    progress.length = 0;
    pass.wake();
    await until(() => progress.at(-1)?.done, 'the third pass');
    expect(progress.at(-1)).toEqual({ seen: 4, computed: 1, done: true });
  });
});
