import { describe, expect, it } from 'vitest';
import { contentHashInput, countWords, tidyWhitespace } from './text';

describe('countWords', () => {
  it('counts words in Latin, Cyrillic and with apostrophes and numbers', () => {
    expect(countWords("Putin said he's ready: 2,692 missiles.")).toBe(6);
    expect(countWords('Путин заявил о готовности')).toBe(4);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('Intermediate-Range Nuclear Forces (INF) Treaty')).toBe(5);
  });
});

describe('contentHashInput', () => {
  it('is the same for the same text with different spacing, quotes and Unicode forms', () => {
    const a = contentHashInput('Putin said he’s  ready.\n\n“Now it’s up to the U.S.”');
    const b = contentHashInput(" Putin said he's ready. \"Now it's up to the U.S.\"");
    expect(a).toBe(b);
    expect(contentHashInput('Pe\u0301tain')).toBe(contentHashInput('P\u00e9tain'));
  });
  it('differs when the words differ', () => {
    expect(contentHashInput('ready to talk')).not.toBe(contentHashInput('ready to walk'));
  });
});

describe('tidyWhitespace', () => {
  it('collapses spaces but keeps paragraph breaks', () => {
    expect(tidyWhitespace(' a\u00a0 b \n\n\n\n c\u200b ')).toBe('a b\n\nc');
  });
});
