import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../clip/clean';
import { gazetteerEntities } from '../entities/gazetteer';
import { buildCatalog, catalogFromEntities, gazetteerCatalog, suggestForClip } from './index';

// The seed as pasted carries hover-card junk inside names; the clipper's own
// cleaning (shared/clip/clean) removes it, as it does for every clip.
const seed = cleanText(readFileSync('../shared/fixtures/seed-article-arms-control.txt', 'utf8'), {
  title: "Putin says he's ready to start talks with US on arms control",
  byline: '',
  siteName: '',
});

describe('suggestForClip on the seed article', () => {
  const suggestions = suggestForClip(seed, gazetteerCatalog());

  it('finds the four quoted passages, all said by Vladimir Putin', () => {
    expect(suggestions.quotes).toHaveLength(4);
    const [partial, ...full] = suggestions.quotes;
    expect(partial!.text).toContain(
      'recently been signs that Washington is beginning to consider resuming bilateral dialogue on a wide-ranging strategic agenda',
    );
    expect(full.map((q) => q.text.slice(0, 20))).toEqual(['I think that the ach', 'How we should go for', 'We have no intention']);
    for (const q of suggestions.quotes) {
      expect(q.speakerEntityId, q.text).toBe('person:putin');
      expect(seed.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('tags a quote with the treaty named in it', () => {
    const newStart = suggestions.quotes.find((q) => q.text.includes('New START'))!;
    expect(newStart.entityIds).toContain('treaty:new-start');
  });

  it('finds the INF Treaty, START and New START, and not "start talks"', () => {
    const ids = new Set(suggestions.mentions.map((m) => m.entityId));
    for (const id of ['treaty:inf', 'treaty:start1', 'treaty:new-start']) expect(ids).toContain(id);
    const startTalks = seed.indexOf('start talks');
    expect(suggestions.mentions.some((m) => m.start <= startTalks && m.end > startTalks)).toBe(false);
  });

  it('offers Trump, Putin, Washington, Moscow, Russia, Japan and G20', () => {
    const offered = new Map(suggestions.mentions.map((m) => [m.text, m.entityId]));
    expect(offered.get('Trump')).toBe('person:trump');
    expect(offered.get('Putin')).toBe('person:putin');
    expect(offered.get('Washington')).toBe('state:us');
    expect(offered.get('Moscow')).toBe('state:ru');
    expect(offered.get('Russia')).toBe('state:ru');
    expect(offered.get('Japan')).toBe('state:jp');
    expect(offered.get('Group of 20')).toBe('org:g20');
  });

  it('suggests only what the catalog lacks as new entities', () => {
    expect(suggestions.candidates.map((c) => [c.name, c.kind])).toEqual([['Corriere della Sera', 'organization']]);
  });
});

describe('suggestForClip with other catalogs', () => {
  it('with an empty catalog, offers the seed\u2019s people as new candidates', () => {
    const { quotes, candidates } = suggestForClip(seed, buildCatalog([]));
    expect(quotes.every((q) => q.speaker?.name === 'Putin' && q.speakerEntityId === null)).toBe(true);
    const people = candidates.filter((c) => c.kind === 'person').map((c) => c.name);
    expect(people).toEqual(['Vladimir Putin', 'Trump']);
  });

  it('works over stored entities, leaving out trashed and merged ones', () => {
    let n = 0;
    const entities = gazetteerEntities(() => `e${n++}`, 0);
    const putin = entities.find((e) => e.name === 'Vladimir Putin')!;
    const trashed = entities.map((e) => (e === putin ? { ...e, deletedAt: 1 } : e));
    const withPutin = suggestForClip(seed, catalogFromEntities(entities));
    expect(withPutin.quotes[0]!.speakerEntityId).toBe(putin.id);
    const withoutPutin = suggestForClip(seed, catalogFromEntities(trashed));
    expect(withoutPutin.quotes[0]!.speakerEntityId).toBeNull();
    expect(withoutPutin.candidates.map((c) => c.name)).toContain('Vladimir Putin');
  });
});
