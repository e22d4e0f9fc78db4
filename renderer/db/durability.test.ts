import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addClip, getClip, trashClip } from './clips';
import type { LibraryDb } from './db';
import { classifyWriteError, onStorageError, requestPersistence, type StorageError, StorageWriteError } from './durability';
import { createQuote, listQuotesOfClip } from './quotes';
import { clipDraft, fillDiskFor, freshLibrary, quoteDraft } from './testing';

let db: LibraryDb;
afterEach(() => db?.close());

describe('durability', () => {
  it('classifies a quota error, bare or wrapped as the inner of an AbortError', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(classifyWriteError(quota, 'the quote').kind).toBe('quota');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    const classified = classifyWriteError(wrapped, 'the quote');
    expect(classified.kind).toBe('quota');
    expect(classified.message).toMatch(/full: the quote was not saved/);
    expect(classifyWriteError(new Error('boom'), 'the note')).toMatchObject({ kind: 'other', message: 'The note was not saved: boom. Earlier work is safe.' });
  });

  it('a write that fails mid-transaction is reported and leaves the earlier state intact', async () => {
    db = await freshLibrary();
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, quoteDraft(clip.id));
    await fillDiskFor(db, 'quotes');
    const reported: StorageError[] = [];
    const stop = onStorageError((error) => reported.push(error));

    // The clip's own update succeeds inside the transaction, then its quotes' fails: all must roll back.
    const failure = await trashClip(db, clip.id).catch((e: unknown) => e);
    const failedQuote = await createQuote(db, quoteDraft(clip.id, { comment: 'lost' })).catch((e: unknown) => e);
    stop();

    expect(failure).toBeInstanceOf(StorageWriteError);
    expect(failedQuote).toBeInstanceOf(StorageWriteError);
    expect(reported.map((r) => [r.kind, r.what])).toEqual([
      ['quota', 'moving the clip to the trash'],
      ['quota', 'the quote'],
    ]);
    expect((await getClip(db, clip.id))!.deletedAt).toBeNull();
    expect(await listQuotesOfClip(db, clip.id)).toEqual([quote]);
  });

  it('asks for persistent storage and keeps the estimate', async () => {
    const storage = {
      persisted: async () => false,
      persist: async () => true,
      estimate: async () => ({ usage: 1200, quota: 10_000 }),
    } as unknown as StorageManager;
    expect(await requestPersistence(storage)).toEqual({ persisted: true, supported: true, usage: 1200, quota: 10_000 });
    expect(await requestPersistence(undefined)).toEqual({ persisted: false, supported: false, usage: null, quota: null });
  });
});
