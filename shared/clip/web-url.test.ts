import { describe, expect, it } from 'vitest';
import { isWebUrl, webUrlOrEmpty } from './web-url';

describe('web addresses', () => {
  it('keeps absolute http and https URLs unchanged', () => {
    expect(webUrlOrEmpty('https://news.example/a?b=1#c')).toBe('https://news.example/a?b=1#c');
    expect(webUrlOrEmpty('  http://news.example/  ')).toBe('http://news.example/');
  });

  it('refuses every other scheme, relative addresses and junk, however they are spelled', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', '/relative/path', 'news.example', 'cid:part1@mhtml', '', 'http//broken']) {
      expect(webUrlOrEmpty(value), value).toBe('');
    }
    expect(isWebUrl(' https://news.example/')).toBe(false);
  });
});
