import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { addClip, listClips, trashClips } from '../../db/clips';
import { setLibrary } from '../../db/library';
import { createNote } from '../../db/notes';
import { createQuote, listQuotesOfClip } from '../../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { TrashSection } from './TrashSection';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function trashScreen() {
  const db = await freshLibrary();
  setLibrary(db);
  const { clip: live } = await addClip(db, clipDraft({ title: 'Still here' }));
  const { clip: first } = await addClip(db, clipDraft({ title: 'First trashed' }));
  const { clip: second } = await addClip(db, clipDraft({ title: 'Second trashed' }));
  const quote = await createQuote(db, quoteDraft(first.id));
  await createQuote(db, quoteDraft(second.id));
  const note = await createNote(db, { title: 'Cites both', clipIds: [first.id, second.id, live.id] });
  await trashClips(db, [first.id, second.id]);
  const { host, unmount } = await mountScreen(db, <TrashSection />);
  cleanup = unmount;
  await until(() => host.querySelectorAll('.trashed-clips li').length === 2, 'the trashed clips');
  const rowOf = (title: string) => [...host.querySelectorAll<HTMLElement>('.trashed-clips li')].find((li) => li.textContent?.includes(title));
  const press = async (scope: HTMLElement, label: string) =>
    act(async () => [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click());
  return { db, host, live, first, second, quote, note, rowOf, press };
}

describe('the trash screen', () => {
  it('lists trashed clips with their quotes, and Restore brings one back with them', async () => {
    const { db, host, first, quote, rowOf, press } = await trashScreen();
    expect([...host.querySelectorAll('.trashed-title')].map((t) => t.textContent)).toEqual(['“First trashed”', '“Second trashed”']);
    expect(rowOf('First trashed')!.textContent).toContain('with 1 quotes');
    await press(rowOf('First trashed')!, 'Restore');
    await until(() => host.querySelectorAll('.trashed-clips li').length === 1, 'one clip left in the trash');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('“First trashed” is back in the Library.');
    expect((await listClips(db)).map((c) => c.title).sort()).toEqual(['First trashed', 'Still here']);
    expect((await listQuotesOfClip(db, first.id)).map((q) => q.id)).toEqual([quote.id]);
  });

  it('deletes one clip forever only after a confirmation, with its quotes, and leaves the rest', async () => {
    const { db, host, live, first, second, note, rowOf, press } = await trashScreen();
    await press(rowOf('Second trashed')!, 'Delete forever');
    const confirm = await until(() => host.querySelector<HTMLElement>('[role="alertdialog"]'), 'the confirmation');
    expect(confirm.textContent).toContain('Delete “Second trashed” and its quotes for good?');
    expect(await db.clips.get(second.id)).toBeDefined();
    await press(confirm, 'Delete forever');
    await until(() => host.querySelectorAll('.trashed-clips li').length === 1, 'one clip left in the trash');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('“Second trashed” was deleted for good.');
    expect(await db.clips.get(second.id)).toBeUndefined();
    expect(await db.quotes.where('clipId').equals(second.id).count()).toBe(0);
    expect(await db.clips.get(first.id)).toMatchObject({ title: 'First trashed' });
    expect((await db.notes.get(note.id))!.clipIds).toEqual([first.id, live.id]);
  });
});
