import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/clip/plain-text';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { listMentionsOfClip } from '../../db/mentions';
import { listQuotesOfClip } from '../../db/quotes';
import { emptyTrash } from '../../db/trash';
import { clipDraft, freshLibrary } from '../../db/testing';
import { SEED_ARTICLE } from '../demo/seed-article';
import { entityOfKey, seedGazetteer } from '../entities/gazetteer-seed';
import { LibraryDbProvider } from '../library/library-db';
import { ReaderScreen } from '../reader/ReaderScreen';
import { ShellProvider } from '../../shell';
import { createHttpShell } from '../../shell/http-shell';
import { listRejectedQuotes, storeSuggestedMentions } from './store';
import { catalogSnapshot, suggester } from '../../suggest/client';
import { listEntities } from '../../db/entities';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

type Probe<T> = T | null | undefined | false;

async function until<T>(probe: () => Probe<T> | Promise<Probe<T>>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function seedClip(db: LibraryDb): Promise<string> {
  await seedGazetteer(db);
  const text = SEED_ARTICLE.paragraphs.join('\n\n');
  const html = SEED_ARTICLE.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const { clip } = await addClip(db, clipDraft({ title: SEED_ARTICLE.title, text, html }));
  return clip.id;
}

/** A new mount on the same library: what a reload of the reader sees. */
async function openReader(db: LibraryDb, clipId: string) {
  cleanup?.();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(
      // The reader's header offers exports through the shell; nothing here calls it.
      <ShellProvider shell={createHttpShell({ token: 'unused' })}>
        <LibraryDbProvider db={db}>
          <ReaderScreen clipId={clipId} quoteId={null} />
        </LibraryDbProvider>
      </ShellProvider>,
    ));
  cleanup = () => {
    root.unmount();
    host.remove();
    cleanup = null;
  };
  await until(() => host.querySelector('.suggestions .suggested-quote, .suggestions [role=alert]'), 'the suggestions');
  return host;
}

const suggested = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.suggested-quote')];
const button = (item: HTMLElement, label: string) => [...item.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

describe('suggestions in the reader', () => {
  it('computes the seed article in the worker: four quotes, all Putin, treaties named', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const entities = await listEntities(db);
    const result = await suggester().suggest(SEED_ARTICLE.paragraphs.join('\n\n'), catalogSnapshot(entities));
    const putin = (await entityOfKey(db, 'person:putin'))!;
    expect(result.quotes).toHaveLength(4);
    expect(result.quotes.every((q) => q.speakerEntityId === putin.id)).toBe(true);
    const named = new Set(result.mentions.map((m) => m.entityId));
    expect(named.has((await entityOfKey(db, 'treaty:inf'))!.id)).toBe(true);
    expect(named.has((await entityOfKey(db, 'treaty:new-start'))!.id)).toBe(true);
  });

  it('accepts two, rejects one; after a reload the rejection is kept and the accepted ones are quotes', async () => {
    const db = await freshLibrary();
    const clipId = await seedClip(db);
    const putin = (await entityOfKey(db, 'person:putin'))!;
    let host = await openReader(db, clipId);
    const items = await until(() => suggested(host).length === 4 && suggested(host), 'four suggested quotes');
    expect(items[0]!.querySelector('.suggested-speaker')!.textContent).toBe('Vladimir Putin');
    const texts = items.map((item) => item.querySelector('blockquote')!.textContent!);

    await act(async () => button(items[0]!, 'Accept').click());
    await until(() => suggested(host).length === 3, 'the first accepted');
    await act(async () => button(suggested(host)[0]!, 'Accept').click());
    await until(() => suggested(host).length === 2, 'the second accepted');
    await act(async () => button(suggested(host)[0]!, 'Reject').click());
    await until(() => suggested(host).length === 1, 'the third rejected');

    host = await openReader(db, clipId);
    await until(() => host.querySelectorAll('.quote-card').length === 2, 'two quote cards after the reload');
    const left = await until(() => suggested(host).length > 0 && suggested(host), 'suggestions after the reload');
    expect(left.map((item) => item.querySelector('blockquote')!.textContent)).toEqual([texts[3]]);

    const quotes = await listQuotesOfClip(db, clipId);
    expect(quotes.map((q) => q.text).sort()).toEqual([texts[0], texts[1]].sort());
    expect(quotes.every((q) => q.speakerId === putin.id)).toBe(true);
    expect(quotes.some((q) => q.entityIds.length > 0)).toBe(true);
    expect((await listRejectedQuotes(db, clipId)).map((r) => r.text)).toEqual([texts[2]]);
  });

  it('does not offer again the passage of a quote the user deleted, until it leaves the trash for good', async () => {
    const db = await freshLibrary();
    const clipId = await seedClip(db);
    let host = await openReader(db, clipId);
    const items = await until(() => suggested(host).length === 4 && suggested(host), 'four suggested quotes');
    const first = items[0]!.querySelector('blockquote')!.textContent;
    await act(async () => button(items[0]!, 'Accept').click());
    await until(() => suggested(host).length === 3 && host.querySelector('.quote-card'), 'the accepted quote');

    const card = host.querySelector<HTMLElement>('.quote-card')!;
    await act(async () => [...card.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete')!.click());
    await until(() => !host.querySelector('.quote-card'), 'the quote deleted');
    host = await openReader(db, clipId);
    await until(() => suggested(host).length === 3, 'three suggestions after a reload');
    expect(suggested(host).map((item) => item.querySelector('blockquote')!.textContent)).not.toContain(first);

    await emptyTrash(db);
    host = await openReader(db, clipId);
    await until(() => suggested(host).length === 4, 'the passage suggested again once the quote is gone for good');
  });

  it('stores mentions once, and a rejected alias stays rejected for that clip', async () => {
    const db = await freshLibrary();
    const clipId = await seedClip(db);
    const inf = (await entityOfKey(db, 'treaty:inf'))!;
    let host = await openReader(db, clipId);
    const chip = await until(() => [...host.querySelectorAll<HTMLElement>('.suggested-mention')].find((c) => c.textContent!.includes(inf.name)), 'the INF chip');
    const stored = await listMentionsOfClip(db, clipId);
    expect(stored.filter((m) => m.entityId === inf.id).length).toBeGreaterThan(0);

    await act(async () => chip.querySelector<HTMLButtonElement>(`button[aria-label="Reject mention ${inf.name}"]`)!.click());
    await until(() => ![...host.querySelectorAll('.suggested-mention')].some((c) => c.textContent!.includes(inf.name)), 'the INF chip gone');

    host = await openReader(db, clipId);
    await until(() => host.querySelector('.suggested-mention'), 'mention chips after the reload');
    expect([...host.querySelectorAll('.suggested-mention')].some((c) => c.textContent!.includes(inf.name))).toBe(false);
    const after = await listMentionsOfClip(db, clipId);
    expect(after).toHaveLength(stored.length);
    expect(after.filter((m) => m.entityId === inf.id).every((m) => m.status === 'rejected')).toBe(true);

    // Storing the same matches again adds nothing, and never brings a rejected one back.
    const again = await suggester().suggest(SEED_ARTICLE.paragraphs.join('\n\n'), catalogSnapshot(await listEntities(db)));
    expect(await storeSuggestedMentions(db, clipId, again.mentions)).toBe(0);
  });

  it('gives unknown speakers one new person, and adds a candidate to the catalog on click', async () => {
    const db = await freshLibrary();
    await seedGazetteer(db);
    const paragraphs = [
      'Secretary of State Antony Blinken said the talks had been \u201cuseful but difficult\u201d and that Washington would not rush a deal.',
      '\u201cNobody should expect a breakthrough this week. The gaps between Moscow and Washington remain wide,\u201d Blinken added.',
      'NATO Secretary General Jens Stoltenberg warned that \u201carms control only works if everyone complies with the rules.\u201d',
    ];
    const { clip } = await addClip(db, clipDraft({ text: paragraphs.join('\n\n'), html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') }));
    const host = await openReader(db, clip.id);
    const items = await until(() => suggested(host).length === 3 && suggested(host), 'three suggested quotes');
    expect(items[1]!.querySelector('.suggested-speaker')!.textContent).toBe('Blinken (new)');
    await act(async () => button(items[0]!, 'Accept').click());
    await until(() => suggested(host).length === 2, 'the first accepted');
    await act(async () => button(suggested(host)[0]!, 'Accept').click());
    await until(() => suggested(host).length === 1, 'the second accepted');
    const quotes = await listQuotesOfClip(db, clip.id);
    const people = (await listEntities(db, 'person')).filter((e) => /Blinken/.test(e.name));
    expect(people.map((e) => e.name)).toEqual(['Antony Blinken']);
    expect(quotes.map((q) => q.speakerId)).toEqual([people[0]!.id, people[0]!.id]);

    const add = await until(() => [...host.querySelectorAll<HTMLButtonElement>('.candidate-chips button')].find((b) => b.textContent!.includes('Jens Stoltenberg')), 'the Stoltenberg chip');
    await act(async () => add.click());
    await until(async () => (await listEntities(db, 'person')).some((e) => e.name === 'Jens Stoltenberg'), 'Stoltenberg in the catalog');
    await until(() => ![...host.querySelectorAll('.candidate-chips button')].some((b) => b.textContent!.includes('Jens Stoltenberg')), 'the chip gone once known');
  });

  it('Edit accepts and puts the focus in the new card; Accept all takes the rest', async () => {
    const db = await freshLibrary();
    const clipId = await seedClip(db);
    const host = await openReader(db, clipId);
    const items = await until(() => suggested(host).length === 4 && suggested(host), 'four suggested quotes');
    await act(async () => button(items[0]!, 'Edit').click());
    const card = await until(() => host.querySelector<HTMLElement>('.quote-card.active'), 'the accepted quote as the active card');
    await until(() => card.contains(document.activeElement) && document.activeElement!.tagName === 'INPUT', 'the focus in the card');
    const accept = await until(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Accept all'), 'Accept all');
    await act(async () => accept.click());
    await until(() => host.querySelector('.suggestions')!.textContent!.includes('Every suggested quote has been accepted or rejected.'), 'no suggestions left');
    expect(await listQuotesOfClip(db, clipId)).toHaveLength(4);
    expect(host.querySelectorAll('.quote-card')).toHaveLength(4);
  });
});
