import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldText('Pétain ÉCOLE ﬁnal')).toBe('petain ecole final');
  });
  it('keeps Cyrillic letters and folds ё to е', () => {
    expect(foldText('Путин Ёлка ДРСМД')).toBe('путин елка дрсмд');
  });
  it('folds curly apostrophes to straight ones', () => {
    expect(foldText('he’s')).toBe("he's");
  });
});
