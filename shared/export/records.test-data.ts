import type { Clip, Entity, Quote } from '../model';

/** Records for export tests: real-looking clips, the way the clipper stores them. */
const base = { createdAt: Date.UTC(2026, 10, 27, 22, 30), updatedAt: Date.UTC(2026, 10, 27, 22, 30), deletedAt: null };

export function makeClip(overrides: Partial<Clip> = {}): Clip {
  return {
    ...base,
    id: '01JDEMOCLIP0000000000000001',
    url: 'https://thehill.com/',
    canonicalUrl: '',
    title: "Putin says he's ready to start talks with US on arms control",
    byline: '',
    siteName: 'The Hill',
    publishedAt: '2019-07-04',
    lang: 'en',
    excerpt: '',
    html: '',
    text: '',
    wordCount: 0,
    contentHash: '',
    tags: [],
    readState: 'unread',
    readingProgress: 0,
    source: 'paste',
    ...overrides,
  };
}

export function makeEntity(id: string, kind: Entity['kind'], name: string, overrides: Partial<Entity> = {}): Entity {
  return { ...base, id, kind, name, aliases: [], description: '', treaty: null, origin: { type: 'user' }, mergedInto: null, ...overrides };
}

export function makeQuote(id: string, clip: Clip, text: string, overrides: Partial<Quote> = {}): Quote {
  const start = Math.max(0, clip.text.indexOf(text));
  return {
    ...base,
    id,
    clipId: clip.id,
    text,
    selector: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + text.length },
    },
    speakerId: null,
    entityIds: [],
    comment: '',
    colour: 'yellow',
    ...overrides,
  };
}
