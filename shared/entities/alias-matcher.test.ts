import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../clip/clean';
import { buildAliasMatcher, type CatalogEntry } from './alias-matcher';
import { GAZETTEER } from './gazetteer';

const catalog: CatalogEntry[] = GAZETTEER.map((e) => ({ id: e.key, kind: e.kind, name: e.name, aliases: e.aliases }));
const matcher = buildAliasMatcher(catalog);

function found(text: string): [string, string][] {
  return matcher.match(text).map((m) => [m.entityId, m.text]);
}

const seed = cleanText(readFileSync('../shared/fixtures/seed-article-arms-control.txt', 'utf8'), {
  title: "Putin says he's ready to start talks with US on arms control",
  byline: '',
  siteName: '',
});

describe('buildAliasMatcher', () => {
  it('finds names in any case and reports original offsets', () => {
    const text = 'Talks with VLADIMIR PUTIN and with putin.';
    const matches = matcher.match(text);
    expect(matches.map((m) => [m.entityId, m.start, m.end, m.text])).toEqual([
      ['person:putin', 11, 25, 'VLADIMIR PUTIN'],
      ['person:putin', 35, 40, 'putin'],
    ]);
  });

  it('prefers the longest alias: New START over START, the full INF name over its parts', () => {
    expect(found('the New START treaty and START')).toEqual([
      ['treaty:new-start', 'New START treaty'],
      ['treaty:start1', 'START'],
    ]);
    expect(found('the Intermediate-Range Nuclear Forces Treaty')).toEqual([
      ['treaty:inf', 'Intermediate-Range Nuclear Forces Treaty'],
    ]);
  });

  it('matches acronyms only as acronyms: START not "start", US not "us"', () => {
    expect(found('He is ready to start talks with us.')).toEqual([]);
    expect(found('Start talks, he said. The US and the USA agreed.')).toEqual([
      ['state:us', 'US'],
      ['state:us', 'USA'],
    ]);
    expect(found('The Nato allies met; NATO said')).toEqual([
      ['org:nato', 'Nato'],
      ['org:nato', 'NATO'],
    ]);
  });

  it('respects word boundaries in every script', () => {
    expect(found('Russian troops, Prussia, USAID, INFO')).toEqual([]);
    expect(found('Путин заявил о ДРСМД; путинский режим')).toEqual([
      ['person:putin', 'Путин'],
      ['treaty:inf', 'ДРСМД'],
    ]);
  });

  it('matches Russian case forms of Cyrillic aliases of four letters or more', () => {
    expect(found('России и Россией; с Россию; Путина, Путину, Путином, о Путине')).toEqual([
      ['state:ru', 'России'],
      ['state:ru', 'Россией'],
      ['state:ru', 'Россию'],
      ['person:putin', 'Путина'],
      ['person:putin', 'Путину'],
      ['person:putin', 'Путином'],
      ['person:putin', 'Путине'],
    ]);
    expect(found('встреча с Владимиром Путиным')).toEqual([['person:putin', 'Владимиром Путиным']]);
    expect(found('Владимира Путина')).toEqual([['person:putin', 'Владимира Путина']]);
    // Not a case form: another word on the same root, and short aliases do not decline.
    expect(found('путинский режим, Путинская эпоха, РФа')).toEqual([]);
  });

  it('does not find a state inside a longer place: Latin America, South Korea', () => {
    expect(found('Latin America and South America, then America itself')).toEqual([['state:us', 'America']]);
    expect(found('South Korea and North Korea')).toEqual([['state:kp', 'North Korea']]);
    const withKorea = buildAliasMatcher([
      { id: 'state:kr', kind: 'state', name: 'South Korea', aliases: ['Korea'] },
      { id: 'state:kp', kind: 'state', name: 'North Korea', aliases: [] },
    ]);
    expect(withKorea.match('North Korea, South Korea, Korea and East Korea').map((m) => [m.entityId, m.text])).toEqual([
      ['state:kp', 'North Korea'],
      ['state:kr', 'South Korea'],
      ['state:kr', 'Korea'],
    ]);
    // A person after such a word is still the person: only places make longer places.
    expect(found('New Putin era')).toEqual([['person:putin', 'Putin']]);
  });

  it('folds accents and ё, and keeps offsets right when folding changes length', () => {
    const text = 'ﬁrst: Михаил Горбачев met Ronald Reagan';
    const matches = matcher.match(text);
    expect(matches.map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      ['person:gorbachev', 'Михаил Горбачев'],
      ['person:reagan', 'Ronald Reagan'],
    ]);
  });

  it('matches dotted and hyphenated forms but not across a line break', () => {
    expect(found('the U.S. and the U.K., the G-20 and G20')).toEqual([
      ['state:us', 'U.S.'],
      ['state:gb', 'U.K.'],
      ['org:g20', 'G-20'],
      ['org:g20', 'G20'],
    ]);
    expect(found('the United\nStates')).toEqual([]);
  });

  it('finds the seed article\u2019s treaties, states and people, and not "start talks"', () => {
    const matches = matcher.match(seed);
    const keys = new Set(matches.map((m) => m.entityId));
    for (const key of ['treaty:inf', 'treaty:start1', 'treaty:new-start', 'person:putin', 'person:trump', 'state:ru', 'state:us', 'state:jp', 'org:g20']) {
      expect(keys, key).toContain(key);
    }
    const startTalks = seed.indexOf('start talks');
    expect(startTalks).toBeGreaterThanOrEqual(0);
    expect(matches.some((m) => m.start <= startTalks && m.end > startTalks)).toBe(false);
    expect(matches.filter((m) => m.entityId === 'treaty:start1').map((m) => m.text)).toEqual(['Strategic Arms Reduction Treaty', 'START']);
    for (const m of matches) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });
});
