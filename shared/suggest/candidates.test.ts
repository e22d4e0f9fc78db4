import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';

function kinds(text: string, known: { start: number; end: number }[] = []) {
  return findCandidates(text, known, []).map((c) => [c.name, c.kind]);
}

describe('findCandidates', () => {
  it('types people by their title, inside the run or just before it', () => {
    expect(kinds('Talks with Russian President Vladimir Putin and Foreign Minister Sergei Lavrov went on.')).toEqual([
      ['Vladimir Putin', 'person'],
      ['Sergei Lavrov', 'person'],
    ]);
    expect(kinds('The party chairman Alan Beith wrote to them.')).toEqual([['Alan Beith', 'person']]);
  });

  it('takes the person after a title with a department: Secretary of State Antony Blinken', () => {
    expect(kinds('Secretary of State Antony Blinken met Minister of Foreign Affairs Sergei Lavrov.')).toEqual([
      ['Antony Blinken', 'person'],
      ['Sergei Lavrov', 'person'],
    ]);
    expect(kinds('He met the Secretary of State.')).toEqual([]);
  });

  it('ends a name at a full stop, and a person at "of" or "on"; a bare title or acronym is nobody', () => {
    expect(kinds('said Finance Minister Heizo Takenaka. But Chancellor Gordon Brown on Friday met Orin Middleton of Barclays Capital.')).toEqual([
      ['Heizo Takenaka', 'person'],
      ['Gordon Brown', 'person'],
    ]);
    const speakers = [
      { name: 'Orin Middleton of Barclays Capital', start: 0, end: 34 },
      { name: 'OECD', start: 40, end: 44 },
      { name: 'Lord Roberts of Conwy', start: 50, end: 71 },
    ];
    expect(findCandidates('x'.repeat(80), [], speakers).map((c) => c.name)).toEqual(['Orin Middleton', 'Lord Roberts of Conwy']);
  });

  it('keeps dates out of a body\'s name', () => {
    const text = 'In October 1989 the Court of Appeal ruled. He appeared at Bow Street Magistrates\' Court on 21 December.';
    for (const c of findCandidates(text, [], [])) expect(text.slice(c.start, c.end)).toBe(c.name);
    expect(kinds(text)).toEqual([
      ['Court of Appeal', 'organization'],
      ["Bow Street Magistrates' Court", 'organization'],
    ]);
  });

  it('never offers a candidate starting with a lower-case word', () => {
    const found = findCandidates('Talks went on, said of State.', [], [{ name: 'of State', start: 21, end: 29 }]);
    expect(found).toEqual([]);
  });

  it('types treaties and organizations by their head word', () => {
    expect(kinds('They signed the Treaty on the Non-Proliferation of Nuclear Weapons and the Paris Agreement.')).toEqual([
      ['Treaty on the Non-Proliferation of Nuclear Weapons', 'treaty'],
      ['Paris Agreement', 'treaty'],
    ]);
    expect(kinds('The Russian Foreign Ministry and the Atlantic Council disagreed, the newspaper Le Monde said.')).toEqual([
      ['Russian Foreign Ministry', 'organization'],
      ['Atlantic Council', 'organization'],
      ['Le Monde', 'organization'],
    ]);
  });

  it('offers nothing for capitalised words with no cue, at a sentence start or elsewhere', () => {
    expect(kinds('However, Thursday was quiet. Critics in Berlin and Paris said little.')).toEqual([]);
  });

  it('leaves out what the catalog already matched', () => {
    const text = 'President Vladimir Putin spoke.';
    expect(kinds(text, [{ start: 10, end: 24 }])).toEqual([]);
  });

  it('adds unknown speakers as people, merging a titled surname into the full name', () => {
    const text = 'Richard Thomas said so. Later Mr Thomas said more.';
    const found = findCandidates(text, [], [
      { name: 'Richard Thomas', start: 0, end: 14 },
      { name: 'Mr Thomas', start: 30, end: 39 },
    ]);
    expect(found.map((c) => [c.name, c.kind, c.occurrences])).toEqual([['Richard Thomas', 'person', 3]]);
  });

  it('does not make a person of a role', () => {
    expect(findCandidates('A spokesman said no.', [], [{ name: 'A spokesman', start: 0, end: 11 }])).toEqual([]);
  });
});
