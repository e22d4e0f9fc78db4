import { describe, expect, it } from 'vitest';
import type { Clip, Entity, Mention, Note, Quote } from '../../shared/model';
import { survivingEntity } from '../../shared/notes/mention-names';
import { clipDoc, noteDoc, quoteDoc } from './documents';

const base = { createdAt: Date.UTC(2024, 2, 3), updatedAt: 10, deletedAt: null };
const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[], extra: Partial<Entity> = {}): Entity => ({
  ...base, id, kind, name, aliases, description: '', treaty: null, origin: { type: 'user' }, mergedInto: null, ...extra,
});
const entities = new Map<string, Entity>([
  ['putin', entity('putin', 'person', 'Vladimir Putin', ['Путин'], { updatedAt: 50 })],
  ['old-putin', entity('old-putin', 'person', 'V. Putin', [], { mergedInto: 'putin', deletedAt: 40 })],
  ['inf', entity('inf', 'treaty', 'INF Treaty', ['ДРСМД'])],
  ['gone', entity('gone', 'person', 'Trashed Person', [], { deletedAt: 30 })],
]);
const lookup = (id: string) => entities.get(id);

const clip: Clip = {
  ...base, id: 'c1', url: 'https://x.example/a', canonicalUrl: '', title: 'INF collapse', byline: 'Jane Doe', siteName: 'BBC News',
  publishedAt: '2019-08-02', lang: 'en', excerpt: '', html: '', text: 'The treaty ended.', wordCount: 3, contentHash: '',
  tags: ['arms control'], readState: 'unread', readingProgress: 0, source: 'url',
};
const mention = (id: string, entityId: string, status: Mention['status'], updatedAt = 5): Mention => ({
  ...base, updatedAt, id, clipId: 'c1', entityId, start: 0, end: 1, text: '', status,
});

describe('documents', () => {
  it('follows merges and drops trashed entities', () => {
    expect(survivingEntity('old-putin', lookup)?.id).toBe('putin');
    expect(survivingEntity('gone', lookup)).toBeUndefined();
  });

  it('builds a clip with its mentioned actors and treaties, ignoring rejected mentions', () => {
    const doc = clipDoc(clip, [mention('m1', 'old-putin', 'accepted'), mention('m2', 'inf', 'suggested', 70), mention('m3', 'gone', 'accepted'), mention('m4', 'inf', 'rejected', 99)], lookup);
    expect(doc).toMatchObject({ id: 'c1', type: 'clip', title: 'INF collapse', body: 'The treaty ended.', date: '2019-08-02', site: 'BBC News', tags: ['arms control'] });
    expect(doc.meta).toContain('Jane Doe');
    expect(doc.actors.map((a) => a.id)).toEqual(['putin']);
    expect(doc.treaties.map((t) => t.id)).toEqual(['inf']);
    expect(doc.version).toBe(70);
  });

  it('builds a quote with its speaker and entities by name and alias, dated by its clip', () => {
    const quote: Quote = {
      ...base, id: 'q1', clipId: 'c1', text: 'We will respond.', comment: 'Said in Sochi', colour: 'yellow', speakerId: 'putin', entityIds: ['inf'],
      selector: { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } },
    };
    const doc = quoteDoc(quote, clip, lookup);
    expect(doc).toMatchObject({ type: 'quote', quote: 'We will respond.', body: 'Said in Sochi', date: '2019-08-02', site: 'BBC News', display: 'Vladimir Putin — INF collapse' });
    expect(doc.speaker?.name).toBe('Vladimir Putin');
    expect(doc.meta.split('\n')).toEqual(['Vladimir Putin', 'Путин', 'INF Treaty', 'ДРСМД']);
    expect(doc.version).toBe(50);
    expect(quoteDoc({ ...quote, speakerId: null }, undefined, lookup)).toMatchObject({ display: 'Quote', date: null, speaker: null });
  });

  it('builds a note dated by its creation', () => {
    const note: Note = { ...base, id: 'n1', title: '', content: '{}', text: 'Draft', quoteIds: [], entityIds: ['inf'], clipIds: [] };
    expect(noteDoc(note, lookup)).toMatchObject({ type: 'note', display: 'Untitled note', body: 'Draft', date: '2024-03-03', treaties: [{ id: 'inf', name: 'INF Treaty', aliases: ['ДРСМД'] }] });
  });
});
