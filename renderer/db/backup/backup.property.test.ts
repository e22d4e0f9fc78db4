import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../../../shared/model';
import { addAssets } from '../assets';
import { addClip, restoreClip, trashClip, updateClip } from '../clips';
import type { LibraryDb } from '../db';
import { createEntity, restoreEntity, trashEntity, updateEntity } from '../entities';
import { mergeEntities, unmergeEntities, type MergeUndo } from '../entity-merge';
import { createNote, trashNote, updateNote } from '../notes';
import { createQuote, trashQuote, updateQuote } from '../quotes';
import { setSetting } from '../settings';
import { clipDraft, dumpLibrary, freshLibrary, quoteDraft } from '../testing';
import { emptyTrash } from '../trash';
import { LibraryRuleError } from '../write';
import { exportLibrary } from './export';
import { importLibrary } from './import';

type State = { clips: Id[]; entities: Id[]; quotes: Id[]; notes: Id[]; merges: MergeUndo[] };
const pick = (ids: Id[], n: number): Id => ids[n % ids.length]!;
const text = fc.string({ maxLength: 30 });
const IMAGE_STARTS = [
  { type: 'image/png', start: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', start: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', start: [...'GIF89a'].map((c) => c.charCodeAt(0)) },
];
const PLURAL = { clip: 'clips', entity: 'entities', quote: 'quotes', note: 'notes' } as const;

/** One repository operation; indexes pick among records made so far, so sequences stay meaningful. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('clip' as const), title: text, tags: fc.array(text, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('entity' as const), name: text, aliases: fc.array(text, { maxLength: 3 }), kind: fc.constantFrom('person', 'state', 'treaty' as const) }),
  fc.record({ op: fc.constant('quote' as const), clip: fc.nat(), speaker: fc.option(fc.nat()), tags: fc.array(fc.nat(), { maxLength: 3 }), comment: text }),
  fc.record({ op: fc.constant('note' as const), title: text, quote: fc.nat(), entity: fc.nat() }),
  // An image's bytes start with its format's magic number: an import keeps only what its bytes show to be an image.
  fc.record({ op: fc.constant('asset' as const), clip: fc.nat(), image: fc.constantFrom(...IMAGE_STARTS), tail: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ op: fc.constant('edit' as const), target: fc.constantFrom('clip', 'entity', 'quote', 'note'), n: fc.nat(), value: text }),
  fc.record({ op: fc.constant('trash' as const), target: fc.constantFrom('clip', 'entity', 'quote', 'note'), n: fc.nat() }),
  fc.record({ op: fc.constant('restore' as const), target: fc.constantFrom('clip', 'entity'), n: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), keep: fc.nat(), drop: fc.nat() }),
  fc.record({ op: fc.constant('unmerge' as const) }),
  fc.record({ op: fc.constant('setting' as const), key: fc.constantFrom('theme', 'pane'), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('empty-trash' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: LibraryDb, s: State, o: Operation): Promise<void> {
  switch (o.op) {
    case 'clip': return void s.clips.push((await addClip(db, clipDraft({ title: o.title, tags: o.tags }))).clip.id);
    case 'entity': return void s.entities.push((await createEntity(db, { kind: o.kind, name: o.name, aliases: o.aliases })).id);
    case 'quote': {
      if (!s.clips.length) return;
      const speakerId = o.speaker !== null && s.entities.length ? pick(s.entities, o.speaker) : null;
      const entityIds = s.entities.length ? o.tags.map((t) => pick(s.entities, t)) : [];
      return void s.quotes.push((await createQuote(db, quoteDraft(pick(s.clips, o.clip), { speakerId, entityIds, comment: o.comment }))).id);
    }
    case 'note': {
      const links = { quoteIds: s.quotes.length ? [pick(s.quotes, o.quote)] : [], entityIds: s.entities.length ? [pick(s.entities, o.entity)] : [] };
      return void s.notes.push((await createNote(db, { title: o.title, ...links })).id);
    }
    case 'asset':
      if (!s.clips.length) return;
      return void (await addAssets(db, [{ clipId: pick(s.clips, o.clip), sourceUrl: 'https://i.example/x', mimeType: o.image.type, blob: new Blob([new Uint8Array(o.image.start), o.tail], { type: o.image.type }) }]));
    case 'edit': {
      const ids = s[PLURAL[o.target]];
      if (!ids.length) return;
      const id = pick(ids, o.n);
      if (o.target === 'clip') await updateClip(db, id, { title: o.value, readingProgress: 0.5 });
      if (o.target === 'entity') await updateEntity(db, id, { description: o.value, aliases: [o.value] });
      if (o.target === 'quote') await updateQuote(db, id, { comment: o.value, colour: 'green' });
      if (o.target === 'note') await updateNote(db, id, { text: o.value });
      return;
    }
    case 'trash': {
      const ids = s[PLURAL[o.target]];
      if (!ids.length) return;
      const trash = { clip: trashClip, entity: trashEntity, quote: trashQuote, note: trashNote }[o.target];
      return trash(db, pick(ids, o.n));
    }
    case 'restore': {
      const ids = s[PLURAL[o.target]];
      if (!ids.length) return;
      return (o.target === 'clip' ? restoreClip : restoreEntity)(db, pick(ids, o.n));
    }
    case 'merge':
      if (!s.entities.length) return;
      return void s.merges.push(await mergeEntities(db, pick(s.entities, o.keep), pick(s.entities, o.drop)));
    case 'unmerge': {
      const undo = s.merges.pop();
      return undo && unmergeEntities(db, undo);
    }
    case 'setting': return setSetting(db, o.key, o.value);
    case 'empty-trash': return void (await emptyTrash(db));
  }
}

describe('backup property', () => {
  it('after any sequence of repository operations, export then import into a fresh library is identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        const db = await freshLibrary();
        const target = await freshLibrary();
        try {
          const state: State = { clips: [], entities: [], quotes: [], notes: [], merges: [] };
          for (const o of operations) {
            // A refused operation (a quote for a trashed clip...) is part of the story, not a failure.
            await apply(db, state, o).catch((error: unknown) => {
              if (!(error instanceof LibraryRuleError)) throw error;
            });
          }
          await importLibrary(target, await exportLibrary(db, { appVersion: 'test' }), 'replace');
          expect(await dumpLibrary(target)).toEqual(await dumpLibrary(db));
        } finally {
          db.close();
          target.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
