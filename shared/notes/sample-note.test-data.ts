import type { CitedQuote } from './citation';

/** A note as the editor serializes it: a heading, a mention, two embedded quotes, a list, a link. */
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});

export const sampleNote = {
  root: block('root', [
    block('heading', [text('Why New START matters')], { tag: 'h2' }),
    block('paragraph', [
      text('Russia suspended '),
      { type: 'entity-mention', text: 'New START', entityId: 'ent-newstart', mode: 'token', format: 0, detail: 0, style: '', version: 1 },
      text(' in 2023; this is '),
      text('not', 1),
      text(' a withdrawal, '),
      text('formally', 2),
      text('.'),
    ]),
    { type: 'quire-quote', quoteId: 'q-putin', version: 1 },
    block('list', [block('listitem', [text('inspections stopped')], { value: 1 }), block('listitem', [text('data exchanges stopped')], { value: 2 })], {
      listType: 'bullet',
      start: 1,
      tag: 'ul',
    }),
    block('paragraph', [text('See '), block('link', [text('the State Department')], { url: 'https://www.state.gov/new-start/' }), text('.')]),
    { type: 'quire-quote', quoteId: 'q-blinken', version: 1 },
    { type: 'quire-quote', quoteId: 'q-putin', version: 1 },
    block('quote', [text('A plain block quote.')]),
  ]),
};

export const sampleQuotes: Record<string, CitedQuote> = {
  'q-putin': {
    text: 'Russia is suspending its membership in the New START treaty.',
    speakerName: 'Vladimir Putin',
    clipTitle: 'Putin suspends New START',
    siteName: 'Example News',
    publishedAt: '2023-02-21T12:00:00Z',
    url: 'https://news.example/putin_new_start',
  },
  'q-blinken': {
    text: 'Deeply unfortunate and irresponsible.',
    speakerName: null,
    clipTitle: 'US reaction',
    siteName: 'Wire',
    publishedAt: null,
    url: '',
  },
};
