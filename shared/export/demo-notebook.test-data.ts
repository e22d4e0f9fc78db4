import type { Clip, Entity, Note, Quote } from '../model';
import type { ExportRecords } from './records';
import { makeClip, makeEntity, makeQuote } from './records.test-data';

/**
 * The demo notebook: the seed article (shared/fixtures/seed-article-arms-control.txt,
 * read by the test and passed in) with three of Putin's quotes tagged with
 * the treaties they concern, and a note citing two of them.
 */
export function demoNotebook(articleText: string): ExportRecords & { clip: Clip; putin: Entity; inf: Entity; newStart: Entity } {
  const title = articleText.split('\n')[0]!.trim();
  const clip = makeClip({ id: '01JDEMO0CLIP', title, text: articleText, siteName: 'The Hill', url: 'https://thehill.com/', publishedAt: '2019-07-04' });
  const putin = makeEntity('01JDEMO0PUTIN', 'person', 'Vladimir Putin', { aliases: ['Putin', 'Vladimir Vladimirovich Putin'] });
  const inf = makeEntity('01JDEMO0INF', 'treaty', 'INF Treaty', {
    aliases: ['INF', 'Intermediate-Range Nuclear Forces Treaty'],
    description: 'Treaty between the United States and the Soviet Union on the elimination of their intermediate-range and shorter-range missiles.',
    treaty: {
      abbreviation: 'INF',
      signed: '1987-12-08',
      inForce: '1988-06-01',
      ended: '2019-08-02',
      status: 'terminated',
      events: [{ date: '2019-02-02', label: 'The United States and Russia suspend their obligations' }],
      partyIds: ['01JDEMO0US'],
    },
  });
  const newStart = makeEntity('01JDEMO0NEWSTART', 'treaty', 'New START', { aliases: ['New Strategic Arms Reduction Treaty'] });
  const us = makeEntity('01JDEMO0US', 'state', 'United States', { aliases: ['US', 'U.S.', 'Washington'] });
  const quote = (id: string, text: string, entityIds: string[], comment = ''): Quote =>
    makeQuote(id, clip, text, { speakerId: putin.id, entityIds, comment });
  const quotes = [
    quote(
      '01JDEMO0Q1',
      'recently been signs that Washington is beginning to consider resuming bilateral dialogue on a wide-ranging strategic agenda.',
      [inf.id],
      'After the INF withdrawal: Moscow reads signals of a new dialogue.',
    ),
    quote(
      '01JDEMO0Q2',
      'I think that the achievement of concrete agreements in the field of arms control would contribute to strengthening international stability. Russia has the political will to work towards this. Now it’s up to the U.S.,',
      [inf.id, us.id],
    ),
    quote(
      '01JDEMO0Q3',
      'In early 2021 the New START treaty (on intercontinental missiles) expires. However, we are not currently seeing any U.S. willingness to discuss its extension or to draft a completely new agreement,',
      [newStart.id],
      'New START’s 2021 expiry as leverage.',
    ),
  ];
  const note: Note = {
    id: '01JDEMO0NOTE',
    createdAt: clip.createdAt + 1,
    updatedAt: clip.createdAt + 1,
    deletedAt: null,
    title: 'Putin on arms control after the INF Treaty',
    content: JSON.stringify({ root: block('root', noteBlocks(quotes, inf)) }),
    text: '',
    quoteIds: [quotes[1]!.id, quotes[2]!.id],
    entityIds: [putin.id, inf.id, newStart.id],
    clipIds: [clip.id],
  };
  return { clips: [clip], quotes, entities: [putin, inf, newStart, us], notes: [note], clip, putin, inf, newStart };
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
function block(type: string, children: unknown[], extra: Record<string, unknown> = {}) {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra };
}

function noteBlocks(quotes: Quote[], inf: Entity): unknown[] {
  const mention = { type: 'entity-mention', text: 'INF Treaty', entityId: inf.id, mode: 'token', format: 0, detail: 0, style: '', version: 1 };
  return [
    block('paragraph', [text('After both sides left the '), mention, text(', Putin put the next step on '), text('Washington', 2), text(':')]),
    { type: 'quire-quote', quoteId: quotes[1]!.id, version: 1 },
    block('paragraph', [text('and pointed at New START, the last treaty left standing:')]),
    { type: 'quire-quote', quoteId: quotes[2]!.id, version: 1 },
    block('heading', [text('To check')], { tag: 'h2' }),
    block('list', [block('listitem', [text('Did Washington answer before New START expired?')], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' }),
  ];
}
