import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addClip, listClips } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity } from '../../db/entities';
import { setLibrary } from '../../db/library';
import { createQuote, listQuotesOfClip, listQuotesOfEntity } from '../../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { SearchClient } from '../../search/client';
import { LibraryIndexer } from '../../search/feeder';
import { loadEntityLinks } from '../entities/entity-links';
import { LibraryScreen } from './LibraryScreen';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  window.location.hash = '';
});

async function libraryOf(titles: string[]) {
  const db = await freshLibrary();
  setLibrary(db);
  const clips = [];
  for (const title of titles) clips.push((await addClip(db, clipDraft({ title }))).clip);
  window.location.hash = '#/library';
  const { host, unmount } = await mountScreen(db, <LibraryScreen />);
  cleanup = unmount;
  await until(() => host.querySelectorAll('.clip-row').length === titles.length, 'the clip rows');
  return { db, host, clips };
}

const titlesShown = (host: HTMLElement) => [...host.querySelectorAll('.clip-title')].map((t) => t.textContent);
const titlesInLibrary = async (db: LibraryDb) => (await listClips(db)).map((c) => c.title);
const row = (host: HTMLElement, title: string) => [...host.querySelectorAll<HTMLElement>('.clip-row')].find((r) => r.querySelector('.clip-title')?.textContent === title)!;
const button = (host: HTMLElement, name: RegExp) => until(() => [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')), `the button ${name}`);

describe('trashing clips from the Library', () => {
  it('selects with a checkbox and Shift-click, trashes the selection with its quotes, and Undo brings it all back', async () => {
    // Newest first on screen: D, C, B, A.
    const { db, host, clips } = await libraryOf(['A', 'B', 'C', 'D']);
    const quote = await createQuote(db, quoteDraft(clips[1]!.id));
    await userEvent.click(row(host, 'D').querySelector('input')!);
    await userEvent.click(row(host, 'B').querySelector('.clip-link')!, { modifiers: ['Shift'] });
    expect(window.location.hash).toBe('#/library');
    expect(host.querySelector('[role="toolbar"]')?.textContent).toContain('3 selected');

    (await button(host, /^Move to trash \(3\)$/)).click();
    await until(() => titlesShown(host).join() === 'A', 'only A left');
    expect(await titlesInLibrary(db)).toEqual(['A']);
    expect(await listQuotesOfClip(db, clips[1]!.id)).toEqual([]);
    expect(host.querySelector('.toast')?.textContent).toContain('3 clips moved to the trash');
    expect(host.querySelector('[role="toolbar"]')).toBeNull();

    await act(async () => (await button(host, /^Undo$/)).click());
    await until(() => titlesShown(host).length === 4, 'the clips back');
    expect(await titlesInLibrary(db)).toEqual(['D', 'C', 'B', 'A']);
    expect((await listQuotesOfClip(db, clips[1]!.id)).map((q) => q.id)).toEqual([quote.id]);
  });

  it('Ctrl+A selects every clip; Delete trashes the focused clip when nothing is selected, and the focus moves on', async () => {
    const { db, host } = await libraryOf(['A', 'B', 'C']);
    row(host, 'C').querySelector<HTMLElement>('.clip-link')!.focus();
    await userEvent.keyboard('{Control>}a{/Control}');
    expect(host.querySelectorAll('.clip-row.selected')).toHaveLength(3);
    await userEvent.keyboard('{Escape}');
    expect(host.querySelectorAll('.clip-row.selected')).toHaveLength(0);

    row(host, 'B').querySelector<HTMLElement>('.clip-link')!.focus();
    await userEvent.keyboard('{Delete}');
    await until(() => titlesShown(host).join() === 'C,A', 'B gone');
    expect(await titlesInLibrary(db)).toEqual(['C', 'A']);
    expect(document.activeElement?.closest('.clip-row')?.querySelector('.clip-title')?.textContent).toBe('A');
    expect(host.querySelector('.toast')?.textContent).toContain('“B” moved to the trash');
  });

  it('trashes a clip from the reader, returns to the list and offers Undo there', async () => {
    const { db, host, clips } = await libraryOf(['Kept', 'Read then trashed']);
    window.location.hash = `#/library/${clips[1]!.id}`;
    (await button(host, /^Move to trash$/)).click();
    await until(() => window.location.hash === '#/library' && titlesShown(host).join() === 'Kept', 'the list without the clip');
    expect(await titlesInLibrary(db)).toEqual(['Kept']);
    expect(host.querySelector('.toast')?.textContent).toContain('“Read then trashed” moved to the trash');
    await act(async () => (await button(host, /^Undo$/)).click());
    await until(() => titlesShown(host).length === 2, 'the clip back');
  });

  it('hides a trashed clip and its quotes from search and from entity pages', async () => {
    const { db, host, clips } = await libraryOf(['A', 'B']);
    const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin' });
    const gone = await createQuote(db, { ...quoteDraft(clips[0]!.id, { speakerId: putin.id }), text: 'Hypersonic missiles are ready' });
    const kept = await createQuote(db, { ...quoteDraft(clips[1]!.id, { speakerId: putin.id }), text: 'Hypersonic talks may resume' });
    const client = new SearchClient(`quire-search-${db.name}`);
    const indexer = new LibraryIndexer(db, client);
    const stop = cleanup!;
    cleanup = () => { indexer.stop(); client.close(); stop(); };
    await indexer.start();
    const found = async () => (await client.search('hypersonic', { typing: false })).results.map((hit) => hit.id).sort();
    expect(await found()).toEqual([gone.id, kept.id].sort());

    await userEvent.click(row(host, 'A').querySelector('input')!);
    (await button(host, /^Move to trash \(1\)$/)).click();
    await until(() => titlesShown(host).join() === 'B', 'A gone');
    await indexer.settled();
    expect(await found()).toEqual([kept.id]);
    expect((await listQuotesOfEntity(db, putin.id)).map((q) => q.id)).toEqual([kept.id]);
    expect((await loadEntityLinks(db, putin.id)).spoken.map((q) => q.quote.id)).toEqual([kept.id]);
  });
});
