import { describe, expect, it } from 'vitest';
import type { Entity } from '../model';
import { extractLinks } from './links';
import { noteToMarkdown } from './markdown';
import { survivingEntity, withMentionNames } from './mention-names';
import { sampleNote } from './sample-note.test-data';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id, kind: 'treaty', name, aliases: [], description: '', treaty: null, origin: { type: 'user' },
  createdAt: 1, updatedAt: 1, deletedAt: null, mergedInto: null, ...extra,
});

const mention = (entityId: string, text: string) => ({ type: 'entity-mention', text, entityId, mode: 'token', format: 0, detail: 0, style: '', version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1 });
const note = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } });

describe('survivingEntity', () => {
  const byId = (...entities: Entity[]) => (id: string) => entities.find((e) => e.id === id);

  it('is the entity itself while it is live', () => {
    const start = entity('a', 'New START');
    expect(survivingEntity('a', byId(start))).toBe(start);
  });

  it('follows merges, chained ones too', () => {
    const c = entity('c', 'Strategic Arms Reduction Treaty');
    const lookup = byId(entity('a', 'START', { deletedAt: 5, mergedInto: 'b' }), entity('b', 'New START', { deletedAt: 6, mergedInto: 'c' }), c);
    expect(survivingEntity('a', lookup)).toBe(c);
  });

  it('is undefined for a trashed, unknown or looping id', () => {
    expect(survivingEntity('a', byId(entity('a', 'Gone', { deletedAt: 5 })))).toBeUndefined();
    expect(survivingEntity('x', byId())).toBeUndefined();
    const loop = byId(entity('a', 'A', { deletedAt: 5, mergedInto: 'b' }), entity('b', 'B', { deletedAt: 5, mergedInto: 'a' }));
    expect(survivingEntity('a', loop)).toBeUndefined();
  });
});

describe('withMentionNames', () => {
  it('gives each mention its current name and leaves the rest of the note alone', () => {
    const renamed = withMentionNames(JSON.stringify(sampleNote), (id) => (id === 'ent-newstart' ? 'New START Treaty' : null));
    expect(noteToMarkdown(renamed, { resolveQuote: () => null })).toContain('Russia suspended New START Treaty in 2023;');
    expect(extractLinks(renamed)).toEqual(extractLinks(sampleNote));
    expect(renamed).toBe(JSON.stringify(sampleNote).replace('"text":"New START"', '"text":"New START Treaty"'));
  });

  it('renames mentions nested in lists and links, each by its own id', () => {
    const content = note(
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [mention('putin', 'Putin'), mention('nato', 'NATO')] }] },
      paragraph({ type: 'link', url: 'https://x.example', children: [mention('putin', 'V. Putin')] }),
    );
    const names: Record<string, string> = { putin: 'Vladimir Putin' };
    const renamed = withMentionNames(content, (id) => names[id] ?? null);
    const markdown = noteToMarkdown(renamed, { resolveQuote: () => null });
    expect(markdown).toBe('- Vladimir PutinNATO\n\n[Vladimir Putin](https://x.example)\n');
  });

  it('returns the very same string when no name changed, or when the note cannot be read', () => {
    const content = note(paragraph(mention('nato', 'NATO')));
    expect(withMentionNames(content, () => 'NATO')).toBe(content);
    expect(withMentionNames(content, () => null)).toBe(content);
    expect(withMentionNames('{not json', () => 'x')).toBe('{not json');
    expect(withMentionNames('', () => 'x')).toBe('');
  });
});
