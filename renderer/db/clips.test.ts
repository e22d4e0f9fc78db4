import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addAssets } from './assets';
import { onLibraryChange, type LibraryChange } from './changes';
import { addClip, addClips, countClips, findDuplicate, getClip, listClips, restoreClip, trashClip, updateClip } from './clips';
import type { LibraryDb } from './db';
import { createEntity } from './entities';
import { addMentions } from './mentions';
import { createQuote, listQuotesOfClip, trashQuote } from './quotes';
import { clipDraft, freshLibrary, quoteDraft } from './testing';
import { LibraryRuleError } from './write';

let db: LibraryDb;
afterEach(() => db?.close());

describe('clips repository', () => {
  it('creates a clip with ids, timestamps and defaults set by the repository', async () => {
    db = await freshLibrary();
    const { clip, created } = await addClip(db, clipDraft({ title: 'Treaty talks' }));
    expect(created).toBe(true);
    expect(clip.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(clip).toMatchObject({ title: 'Treaty talks', tags: [], readState: 'unread', readingProgress: 0, deletedAt: null });
    expect(clip.createdAt).toBe(clip.updatedAt);
    expect(await getClip(db, clip.id)).toEqual(clip);
  });

  it('dedupes by canonical URL and by content hash, ignoring trashed clips', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft({ canonicalUrl: 'https://a.example/x', contentHash: 'h1' }));
    const again = await addClip(db, clipDraft({ canonicalUrl: 'https://a.example/x', contentHash: 'other' }));
    expect(again).toEqual({ clip, created: false });
    const sameText = await addClip(db, clipDraft({ canonicalUrl: '', contentHash: 'h1' }));
    expect(sameText.created).toBe(false);
    expect(await findDuplicate(db, { canonicalUrl: '', contentHash: 'nope' })).toBeUndefined();
    await trashClip(db, clip.id);
    expect((await addClip(db, clipDraft({ canonicalUrl: 'https://a.example/x', contentHash: 'h1' }))).created).toBe(true);
  });

  it('pages live clips newest first', async () => {
    db = await freshLibrary();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) ids.push((await addClip(db, clipDraft())).clip.id);
    await trashClip(db, ids[6]!);
    const first = await listClips(db, { limit: 3 });
    const second = await listClips(db, { limit: 3, offset: 3 });
    expect([...first, ...second].map((c) => c.id)).toEqual(ids.slice(0, 6).reverse());
    expect(await countClips(db)).toBe(6);
  });

  it('updates fields but never the managed ones', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    const updated = await updateClip(db, clip.id, { readingProgress: 0.5, tags: ['nato'], createdAt: 1 } as never);
    expect(updated).toMatchObject({ readingProgress: 0.5, tags: ['nato'], createdAt: clip.createdAt });
    expect(updated.updatedAt).toBeGreaterThan(clip.updatedAt);
  });

  it('trashes a clip with its quotes, mentions and assets, and restores exactly those', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    const entity = await createEntity(db, { kind: 'person', name: 'Ann Linde' });
    const q1 = await createQuote(db, quoteDraft(clip.id));
    const q2 = await createQuote(db, quoteDraft(clip.id));
    await trashQuote(db, q2.id);
    const [mention] = await addMentions(db, [{ clipId: clip.id, entityId: entity.id, start: 0, end: 4, text: 'Linde' }]);
    const [asset] = await addAssets(db, [{ clipId: clip.id, sourceUrl: 'https://a.example/i.png', mimeType: 'image/png', blob: new Blob([new Uint8Array([1, 2])]) }]);
    expect(asset!.size).toBe(2);

    await trashClip(db, clip.id);
    const trashedAt = (await db.clips.get(clip.id))!.deletedAt;
    expect(trashedAt).not.toBeNull();
    expect((await db.quotes.get(q1.id))!.deletedAt).toBe(trashedAt);
    expect((await db.mentions.get(mention!.id))!.deletedAt).toBe(trashedAt);
    expect((await db.assets.get(asset!.id))!.deletedAt).toBe(trashedAt);
    const q2TrashedAt = (await db.quotes.get(q2.id))!.deletedAt;
    expect(q2TrashedAt).toBeLessThan(trashedAt!);

    await restoreClip(db, clip.id);
    expect((await listQuotesOfClip(db, clip.id)).map((q) => q.id)).toEqual([q1.id]);
    expect((await db.mentions.get(mention!.id))!.deletedAt).toBeNull();
    expect((await db.assets.get(asset!.id))!.deletedAt).toBeNull();
    expect((await db.quotes.get(q2.id))!.deletedAt).toBe(q2TrashedAt);
  });

  it('refuses a quote for a trashed or missing clip, and leaves nothing behind', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    await trashClip(db, clip.id);
    await expect(createQuote(db, quoteDraft(clip.id))).rejects.toThrow(LibraryRuleError);
    await expect(createQuote(db, quoteDraft('01J00000000000000000000000'))).rejects.toThrow(/no longer exists/);
    expect(await db.quotes.count()).toBe(0);
  });

  it('publishes committed writes on the change feed, and nothing for a rejected one', async () => {
    db = await freshLibrary();
    const seen: LibraryChange[] = [];
    const stop = onLibraryChange((change) => change.db === db.name && seen.push(change));
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, quoteDraft(clip.id));
    await createQuote(db, quoteDraft('01J00000000000000000000000')).catch(() => undefined);
    await trashClip(db, clip.id);
    stop();
    expect(seen).toEqual([
      { db: db.name, table: 'clips', ids: [clip.id], origin: 'local' },
      { db: db.name, table: 'quotes', ids: [quote.id], origin: 'local' },
      { db: db.name, table: 'clips', ids: [clip.id], origin: 'local' },
      { db: db.name, table: 'quotes', ids: [quote.id], origin: 'local' },
    ]);
  });
});

describe('addClips', () => {
  it('adds a batch in one go, skipping clips already in the library or repeated in the batch', async () => {
    db = await freshLibrary();
    const { clip: existing } = await addClip(db, clipDraft({ canonicalUrl: 'https://a.example/1' }));
    const created = await addClips(db, [
      clipDraft({ canonicalUrl: 'https://a.example/1' }),
      clipDraft({ canonicalUrl: 'https://a.example/2', contentHash: 'same' }),
      clipDraft({ canonicalUrl: 'https://a.example/3', contentHash: 'same' }),
      clipDraft({ canonicalUrl: 'https://a.example/4' }),
    ]);
    expect(created.map((c) => c.canonicalUrl)).toEqual(['https://a.example/2', 'https://a.example/4']);
    expect((await listClips(db)).map((c) => c.id)).toEqual([created[1]!.id, created[0]!.id, existing.id]);
  });
});
