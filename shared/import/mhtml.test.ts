import { describe, expect, it } from 'vitest';
import { MhtmlError, parseMhtml } from './mhtml';

const encoder = new TextEncoder();

function mhtml(parts: string[], snapshotLocation = 'https://example.org/news/story'): Uint8Array {
  const boundary = '----MultipartBoundary--abc123----';
  const head = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${snapshotLocation}`,
    'Subject: A story',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
  ].join('\r\n');
  return encoder.encode(head + parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`);
}

describe('parseMhtml', () => {
  it('finds the page in a quoted-printable part, with its charset and URL', () => {
    const page = parseMhtml(
      mhtml([
        [
          'Content-Type: text/html; charset="utf-8"',
          'Content-Transfer-Encoding: quoted-printable',
          'Content-Location: https://example.org/news/story',
          '',
          '<html><body><p class=3D"lead">Caf=C3=A9 talks =E2=80=94 a long line that was so=',
          'ft-wrapped</p></body></html>',
        ].join('\r\n'),
        ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://example.org/a.png', '', 'iVBORw0KGgo='].join('\r\n'),
      ]),
    );
    expect(page.url).toBe('https://example.org/news/story');
    expect(page.html.charset).toBe('utf-8');
    expect(new TextDecoder().decode(page.html.bytes)).toBe(
      '<html><body><p class="lead">Café talks — a long line that was soft-wrapped</p></body></html>',
    );
    expect(page.resources).toHaveLength(1);
    expect(page.resources[0]!.contentType).toBe('image/png');
    expect(Array.from(page.resources[0]!.bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('keeps a windows-1251 page as bytes with its declared charset', () => {
    const body = 'Content-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=CF=F3=F2=E8=ED</p>';
    const page = parseMhtml(mhtml([body]));
    expect(page.html.charset).toBe('windows-1251');
    expect(new TextDecoder('windows-1251').decode(page.html.bytes)).toBe('<p>Путин</p>');
  });

  it('prefers a web address for the page: the page part\'s, when the snapshot names a javascript: one', () => {
    const part = (location: string) => `Content-Type: text/html\r\nContent-Location: ${location}\r\n\r\n<p>Story</p>`;
    expect(parseMhtml(mhtml([part('https://example.org/part')], 'javascript:alert(1)')).url).toBe('https://example.org/part');
  });

  it('says clearly when the file is not a saved page', () => {
    expect(() => parseMhtml(encoder.encode('<html>just html</html>'))).toThrow(MhtmlError);
    expect(() => parseMhtml(mhtml(['Content-Type: image/png\r\n\r\nxx']))).toThrow('no web page');
  });
});

describe('parseMhtml with an 8bit body', () => {
  it('keeps every byte, including 0x80-0x9F', () => {
    const head = encoder.encode('Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n');
    const body = Uint8Array.from([0x3c, 0x70, 0x3e, 0x80, 0x93, 0x94, 0xe9]);
    const tail = encoder.encode('\r\n--b--\r\n');
    const page = parseMhtml(Uint8Array.from([...head, ...body, ...tail]));
    expect(Array.from(page.html.bytes)).toEqual(Array.from(body));
  });
});
