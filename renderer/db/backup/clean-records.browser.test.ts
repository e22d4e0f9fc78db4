import { describe, expect, it } from 'vitest';
import { addClip, getClip, listClips } from '../clips';
import { clipDraft, freshLibrary } from '../testing';
import { exportLibrary } from './export';
import { importOffThread } from './off-thread';

// What a hand-made backup can hold: the clips table is whatever its author wrote.
const HOSTILE_HTML = `<p>Moscow said the treaty is dead.</p>
  <script>parent.__backupScriptRan = true</script>
  <img src="https://img.example/a.png" onerror="parent.__backupScriptRan = true" alt="A map">
  <p><a href="javascript:parent.__backupScriptRan=true">Washington</a> disagreed, <a href="https://news.example/more">citing</a> the record.</p>
  <iframe src="https://evil.example/"></iframe>`;

async function backupOf(drafts: Parameters<typeof clipDraft>[0][]) {
  const source = await freshLibrary();
  // addClip stores what it is given: here it stands for the author of a forged file.
  for (const draft of drafts) await addClip(source, clipDraft(draft));
  const bytes = await exportLibrary(source, { appVersion: 'forged' });
  source.close();
  return bytes;
}

describe('restoring a backup whose clips were not made by Quire', () => {
  it('sanitizes each clip as the clipper would: no script, no handler, no javascript: link, the article kept', async () => {
    const target = await freshLibrary();
    await importOffThread(target, await backupOf([{ title: 'Forged', html: HOSTILE_HTML }]), 'replace');
    const [clip] = await listClips(target);
    expect(clip!.title).toBe('Forged');
    const html = clip!.html;
    for (const bad of ['<script', 'onerror', 'javascript:', '<iframe', '__backupScriptRan']) expect(html, bad).not.toContain(bad);
    expect(html).toContain('<p>Moscow said the treaty is dead.</p>');
    expect(html).toContain('<img src="https://img.example/a.png" alt="A map">');
    expect(html).toContain('<a href="https://news.example/more" rel="noopener noreferrer" target="_blank">citing</a>');
    expect(html).toContain('Washington</a> disagreed');
    target.close();
  });

  it('keeps no address but a web one: a javascript: url or canonical url is stored as none', async () => {
    const target = await freshLibrary();
    const bytes = await backupOf([
      { title: 'Script address', url: 'javascript:alert(1)', canonicalUrl: ' JavaScript:alert(document.cookie)' },
      { title: 'File address', url: 'file:///etc/passwd', canonicalUrl: 'https://news.example/kept' },
    ]);
    await importOffThread(target, bytes, 'merge');
    const byTitle = new Map((await listClips(target)).map((c) => [c.title, c]));
    expect(byTitle.get('Script address')).toMatchObject({ url: '', canonicalUrl: '' });
    expect(byTitle.get('File address')).toMatchObject({ url: '', canonicalUrl: 'https://news.example/kept' });
    target.close();
  });

  it('leaves a clip Quire made exactly as it was', async () => {
    const source = await freshLibrary();
    const html = '<p>Moscow said <b>the treaty</b> is dead.</p><figure><img src="asset:a1" alt="A map"><figcaption>A map. Photo: Reuters</figcaption></figure><p><a href="https://news.example/" rel="noopener noreferrer" target="_blank">More</a></p>';
    const { clip } = await addClip(source, clipDraft({ html }));
    const target = await freshLibrary();
    await importOffThread(target, await exportLibrary(source, { appVersion: 'test' }), 'replace');
    expect(await getClip(target, clip.id)).toEqual(clip);
    source.close();
    target.close();
  });
});
