import { describe, expect, it } from 'vitest';
import { charsetFromLabel, decodePage, guessLegacyCharset, sniffMetaCharset } from './charset';
import { encoderFor } from './test-support';

const RUSSIAN = 'Путин заявил о готовности к переговорам по контролю над вооружениями. Ёлка, щи, эхо.';

const page = (charsetMeta: string, body: string) => `<html><head>${charsetMeta}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodePage', () => {
  for (const charset of ['windows-1251', 'koi8-r']) {
    const encode = encoderFor(charset);
    it(`reads Russian in ${charset} declared by the HTTP header`, () => {
      const decoded = decodePage(encode(page('', RUSSIAN)), charset);
      expect(decoded.text).toContain(RUSSIAN);
      expect(decoded).toMatchObject({ charset, source: 'header' });
    });
    it(`reads Russian in ${charset} declared by <meta charset>`, () => {
      const decoded = decodePage(encode(page(`<meta charset="${charset}">`, RUSSIAN)));
      expect(decoded.text).toContain(RUSSIAN);
      expect(decoded.source).toBe('meta');
    });
    it(`reads Russian in ${charset} declared by http-equiv`, () => {
      const meta = `<meta http-equiv="Content-Type" content="text/html; charset=${charset.toUpperCase()}">`;
      expect(decodePage(encode(page(meta, RUSSIAN))).text).toContain(RUSSIAN);
    });
  }

  it('reads the header over a contradicting <meta>', () => {
    const bytes = encoderFor('koi8-r')(page('<meta charset="windows-1251">', RUSSIAN));
    expect(decodePage(bytes, 'koi8-r').text).toContain(RUSSIAN);
  });

  it('reads UTF-8 with a BOM, even when the header says otherwise', () => {
    const body = new TextEncoder().encode(page('', RUSSIAN));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const decoded = decodePage(bytes, 'windows-1251');
    expect(decoded.text).toContain(RUSSIAN);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoded.source).toBe('bom');
  });

  it('reads valid UTF-8 as UTF-8 even under a stale legacy declaration', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="gb2312">', 'DeepMind新电脑已可利用记忆自学'));
    const decoded = decodePage(bytes);
    expect(decoded.text).toContain('DeepMind新电脑已可利用记忆自学');
    expect(decoded.source).toBe('utf-8-valid');
  });

  it('keeps an ASCII-only page in its declared charset', () => {
    expect(decodePage(new TextEncoder().encode(page('', 'plain')), 'windows-1251').charset).toBe('windows-1251');
  });

  it('defaults to UTF-8', () => {
    const decoded = decodePage(new TextEncoder().encode(page('', RUSSIAN)));
    expect(decoded).toMatchObject({ charset: 'utf-8', source: 'default' });
    expect(decoded.text).toContain(RUSSIAN);
  });

  describe('a page that names no charset and is not UTF-8', () => {
    const FRENCH = 'Le traité sur les forces nucléaires à portée intermédiaire a été signé en 1987. Déjà, Moscou et Washington négociaient.';
    // windows-1252 is Latin-1 for these letters: each one's byte is its code point.
    const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

    for (const charset of ['windows-1251', 'koi8-r']) {
      it(`reads Russian in ${charset}, judged by its words`, () => {
        const decoded = decodePage(encoderFor(charset)(page('', RUSSIAN)));
        expect(decoded).toMatchObject({ charset, source: 'guessed' });
        expect(decoded.text).toContain(RUSSIAN);
      });
    }

    it('reads Western European text in windows-1252', () => {
      const decoded = decodePage(latin1(page('', FRENCH)));
      expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'guessed' });
      expect(decoded.text).toContain(FRENCH);
    });

    it('tells KOI8-R from windows-1251 on a short title, and leaves UTF-8 with one damaged byte as UTF-8', () => {
      expect(guessLegacyCharset(encoderFor('koi8-r')('Новый договор СНВ'))).toBe('koi8-r');
      expect(guessLegacyCharset(encoderFor('windows-1251')('Новый договор СНВ'))).toBe('windows-1251');
      const utf8 = new TextEncoder().encode(page('', RUSSIAN));
      const damaged = Uint8Array.from([...utf8.subarray(0, 60), 0xff, ...utf8.subarray(60)]);
      expect(decodePage(damaged)).toMatchObject({ charset: 'utf-8', source: 'default' });
    });
  });

  it('ignores an unknown declared label and sniffs instead', () => {
    const bytes = encoderFor('windows-1251')(page('<meta charset="cp1251">', RUSSIAN));
    expect(decodePage(bytes, 'x-no-such-charset').text).toContain(RUSSIAN);
  });
});

describe('charset labels', () => {
  it('maps aliases to the standard names', () => {
    expect(charsetFromLabel('CP1251')).toBe('windows-1251');
    expect(charsetFromLabel(' KOI8-R ')).toBe('koi8-r');
    expect(charsetFromLabel('latin1')).toBe('windows-1252');
    expect(charsetFromLabel('nonsense')).toBeNull();
    expect(charsetFromLabel(null)).toBeNull();
  });
  it('treats a UTF-16 meta as UTF-8, as browsers do', () => {
    expect(sniffMetaCharset(new TextEncoder().encode('<meta charset="utf-16">'))).toBe('utf-8');
  });
});
