import { contentHashInput, countWords } from '../../../shared/clip/text';
import { escapeHtml } from '../../../shared/clip/plain-text';
import { describeQuote } from '../../../shared/anchor/anchor';
import { extractLinks, noteText } from '../../../shared/notes/links';
import { QUOTE_NODE_TYPE } from '../../../shared/notes/lexical-json';
import type { Entity, Id } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { addClip, listClips, trashClip } from '../../db/clips';
import { createEntity, findEntitiesByName, trashEntity } from '../../db/entities';
import { createNote, trashNote } from '../../db/notes';
import { createQuote, listQuotesOfEntity } from '../../db/quotes';
import { getSetting, setSetting } from '../../db/settings';
import { entityOfKey } from '../entities/gazetteer-seed';
import { SEED_ARTICLE, SEED_QUOTES } from './seed-article';

export const DEMO_SETTING = 'demo';

/** What the demo put in the library, so "Remove demo" takes exactly that away; `removed` keeps it from coming back. */
export type DemoState =
  | { status: 'installed'; clipId: Id; noteId: Id; quoteIds: Id[]; createdEntityIds: Id[] }
  | { status: 'removed' | 'skipped' };

export function getDemoState(db: LibraryDb): Promise<DemoState | null> {
  return getSetting<DemoState | null>(db, DEMO_SETTING, null);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The gazetteer's entry for `key`, or (if the user removed it) one made for the demo and recorded as such. */
async function demoEntity(db: LibraryDb, key: string, fallback: Pick<Entity, 'kind' | 'name'>, created: Id[]): Promise<Entity> {
  const found = (await entityOfKey(db, key)) ?? (await findEntitiesByName(db, fallback.name))[0];
  if (found) return found;
  const entity = await createEntity(db, fallback);
  created.push(entity.id);
  return entity;
}

const FALLBACKS: Record<string, Pick<Entity, 'kind' | 'name'>> = {
  'person:putin': { kind: 'person', name: 'Vladimir Putin' },
  'treaty:inf': { kind: 'treaty', name: 'INF Treaty' },
  'treaty:new-start': { kind: 'treaty', name: 'New START' },
  'state:us': { kind: 'state', name: 'United States' },
};

export async function installDemo(db: LibraryDb): Promise<DemoState> {
  const text = SEED_ARTICLE.paragraphs.join('\n\n');
  const { clip } = await addClip(db, {
    url: SEED_ARTICLE.url,
    canonicalUrl: '',
    title: SEED_ARTICLE.title,
    byline: '',
    siteName: SEED_ARTICLE.siteName,
    publishedAt: SEED_ARTICLE.publishedAt,
    lang: SEED_ARTICLE.lang,
    excerpt: SEED_ARTICLE.paragraphs[0],
    html: SEED_ARTICLE.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    text,
    wordCount: countWords(text),
    contentHash: await sha256Hex(contentHashInput(text)),
    source: 'demo',
  });
  const created: Id[] = [];
  const putin = await demoEntity(db, 'person:putin', FALLBACKS['person:putin']!, created);
  const quoteIds: Id[] = [];
  const tagged = new Set<Id>();
  for (const seed of SEED_QUOTES) {
    const start = text.indexOf(seed.exact);
    const entityIds: Id[] = [];
    for (const key of seed.tags) entityIds.push((await demoEntity(db, key, FALLBACKS[key]!, created)).id);
    entityIds.forEach((id) => tagged.add(id));
    const quote = await createQuote(db, {
      clipId: clip.id,
      text: seed.exact,
      selector: describeQuote(text, start, start + seed.exact.length),
      speakerId: putin.id,
      entityIds,
      comment: seed.comment,
      colour: seed.colour,
    });
    quoteIds.push(quote.id);
  }
  const content = demoNoteContent(quoteIds);
  const quoteText = new Map(SEED_QUOTES.map((q, i) => [quoteIds[i]!, q.exact]));
  const note = await createNote(db, {
    title: 'Putin on arms control after the INF Treaty (demo)',
    content,
    text: noteText(content, (id) => quoteText.get(id) ?? null),
    quoteIds: extractLinks(content).quoteIds,
    entityIds: [putin.id, ...tagged],
    clipIds: [clip.id],
  });
  const state: DemoState = { status: 'installed', clipId: clip.id, noteId: note.id, quoteIds, createdEntityIds: created };
  await setSetting(db, DEMO_SETTING, state);
  return state;
}

function demoNoteContent(quoteIds: Id[]): string {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' });
  const quote = (id: Id) => ({ type: QUOTE_NODE_TYPE, quoteId: id, version: 1 });
  const root = {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      paragraph('This is a demo note. After both sides left the INF Treaty, Putin put the next step on Washington:'),
      quote(quoteIds[1]!),
      paragraph('and pointed at New START, the last treaty left standing:'),
      quote(quoteIds[2]!),
      paragraph('Select any passage of the demo article to make your own quote, or remove the demo from the Library.'),
    ],
  };
  return JSON.stringify({ root });
}

/** Takes the demo away: its clip (with its quotes), its note, and any entry made only for it that nothing else uses. */
export async function removeDemo(db: LibraryDb): Promise<void> {
  const state = await getDemoState(db);
  const clips = (await listClips(db, { limit: 10_000 })).filter((c) => c.source === 'demo');
  for (const clip of clips) await trashClip(db, clip.id);
  if (state?.status === 'installed') {
    await trashNote(db, state.noteId);
    for (const id of state.createdEntityIds) {
      if ((await listQuotesOfEntity(db, id)).length === 0) await trashEntity(db, id);
    }
  }
  await setSetting(db, DEMO_SETTING, { status: 'removed' } satisfies DemoState);
}
