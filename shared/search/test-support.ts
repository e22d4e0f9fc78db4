/** Small documents for the engine's tests (and the worker's browser test). */
import type { SearchDoc } from './types';

export function makeDoc(partial: Partial<SearchDoc> & { id: string }): SearchDoc {
  return {
    type: 'clip',
    version: 1,
    display: partial.title ?? partial.id,
    title: '',
    quote: '',
    body: '',
    meta: '',
    date: null,
    site: '',
    tags: [],
    speaker: null,
    actors: [],
    treaties: [],
    ...partial,
  };
}

export const PUTIN = { id: 'ent-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Путин', 'Владимир Путин'] };
export const LAVROV = { id: 'ent-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'] };
export const NEW_START = { id: 'ent-newstart', name: 'New START', aliases: ['Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms'] };
export const INF = { id: 'ent-inf', name: 'Intermediate-Range Nuclear Forces Treaty', aliases: ['INF Treaty', 'INF', 'ДРСМД'] };

export function sampleDocs(): SearchDoc[] {
  return [
    makeDoc({
      id: 'clip-inf', title: 'US quits the Intermediate-Range Nuclear Forces treaty', date: '2019-08-02', site: 'BBC News',
      body: 'Washington formally left the INF treaty on Friday. Putin\'s government said the US had wrecked it. He\'s expected to respond.',
      meta: 'BBC News', tags: ['arms control'], actors: [PUTIN], treaties: [INF],
    }),
    makeDoc({
      id: 'clip-newstart', title: 'New START extended for five years', date: '2021-02-03', site: 'Reuters',
      body: 'Russia and the United States extended the New START treaty, the last arms control pact limiting strategic nuclear warheads.',
      meta: 'Reuters', tags: ['arms control', 'treaties'], actors: [PUTIN], treaties: [NEW_START],
    }),
    makeDoc({
      id: 'clip-ru', title: 'Путин о договоре', date: '2023-02-21', site: 'Коммерсантъ',
      body: 'Путин объявил о приостановке участия России в ДСНВ. Ранее был разрушен ДРСМД.',
      meta: 'Коммерсантъ', actors: [PUTIN], treaties: [NEW_START, INF],
    }),
    makeDoc({
      id: 'quote-lavrov', type: 'quote', display: 'Sergei Lavrov — New START extended', date: '2021-02-03', site: 'Reuters',
      quote: 'A new start for strategic stability is possible', body: 'said at a press conference',
      meta: 'Sergei Lavrov Lavrov New START', speaker: LAVROV, treaties: [NEW_START],
    }),
    makeDoc({
      id: 'note-1', type: 'note', title: 'Reading list', date: '2024-05-01',
      body: 'Compare the verification regimes of treaties; start with the café notes from Genève.',
    }),
  ];
}
