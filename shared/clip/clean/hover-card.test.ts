import { describe, expect, it } from 'vitest';
import { removeHoverCards } from './hover-card';

describe('hover-card rule', () => {
  const cases: [string, string, string][] = [
    [
      'the seed article',
      'Russian President Vladimir PutinVladimir Vladimirovich PutinWest should echo Prague\'s Nemtsov remembrance Trump campaign sues New York Times for libel over 2019 op-ed Democrats duke it out in most negative debate so far MORE said he’s ready.',
      'Russian President Vladimir Putin said he’s ready.',
    ],
    [
      'headlines with quotes, dashes and pipes',
      "President TrumpDonald John TrumpTrump passes Pence a dangerous buck Overnight Health Care — Presented by X — Trump taps Pence | CDC confirms case of 'unknown' origin MORE when they met.",
      'President Trump when they met.',
    ],
    ['a "More" link', 'Sen. Mitch McConnellAddison Mitchell McConnellSenate passes bill More said no.', 'Sen. Mitch McConnell said no.'],
    ['a card at the end of the text', 'asked Nancy PelosiNancy PelosiHouse votes today MORE', 'asked Nancy Pelosi'],
    ['two cards in one paragraph', 'A BidenJoseph BidenHeadline one MORE and B HarrisKamala HarrisHeadline two MORE met.', 'A Biden and B Harris met.'],
  ];
  for (const [name, input, expected] of cases) {
    it(`repairs ${name}`, () => expect(removeHoverCards(input)).toBe(expected));
  }

  const clean = [
    'Russian President Vladimir Putin said he is ready to talk. MORE than ever, he wants a deal.',
    'McDonald announced MORE jobs in the PutinVille area.',
    'The iPhone and YouTube are brand names; JavaScript More or less.',
    'Vladimir Vladimirovich Putin met Donald John Trump. More talks follow.',
    '',
  ];
  for (const text of clean) {
    it(`does nothing to clean text: ${text.slice(0, 40) || '(empty)'}`, () => expect(removeHoverCards(text)).toBe(text));
  }
});
