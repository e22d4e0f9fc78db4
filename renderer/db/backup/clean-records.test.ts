import { describe, expect, it } from 'vitest';
import { clipDraft } from '../testing';
import type { Clip } from '../../../shared/model';
import { cleanClipRecords } from './clean-records';
import type { BackupContents } from './parse';

const tables = (clips: Partial<Clip>[]): BackupContents => ({
  clips: clips.map((c, i) => ({ ...clipDraft(c), id: `c${i}`, tags: [], readState: 'unread', readingProgress: 0, createdAt: 1, updatedAt: 1, deletedAt: null })),
  assets: [], entities: [], quotes: [], mentions: [], notes: [], settings: [],
});

describe('cleaning backup clips where there is no DOM (Node)', () => {
  it('passes plain markup unchanged and checks the addresses', async () => {
    const { clips } = await cleanClipRecords(tables([{ html: '<p>The <b>treaty</b> is dead.</p>', url: 'javascript:alert(1)' }]));
    expect(clips[0]).toMatchObject({ html: '<p>The <b>treaty</b> is dead.</p>', url: '', canonicalUrl: expect.stringMatching(/^https:/) });
  });

  it('refuses markup it cannot sanitize here, rather than letting it through', async () => {
    await expect(cleanClipRecords(tables([{ title: 'Forged', html: '<img src=x onerror=alert(1)>' }]))).rejects.toThrow(
      'This backup cannot be imported: the clip "Forged" holds HTML that can only be checked in the Quire window. Your library was not changed.',
    );
  });
});
