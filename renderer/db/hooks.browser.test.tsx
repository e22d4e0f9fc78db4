import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { addClip, trashClip, updateClip } from './clips';
import type { LibraryDb } from './db';
import { createEntity } from './entities';
import { mergeEntities } from './entity-merge';
import { useClips, useEntities, useQuotesOfClip, useSetting, useTrash } from './hooks';
import { setLibrary } from './library';
import { createQuote } from './quotes';
import { setSetting } from './settings';
import { clipDraft, freshLibrary, quoteDraft } from './testing';

function Probe({ clipId }: { clipId: string | null }) {
  const clips = useClips({ limit: 10 });
  const quotes = useQuotesOfClip(clipId);
  const people = useEntities('person');
  const trash = useTrash();
  const theme = useSetting('theme', 'light');
  return (
    <pre>
      {JSON.stringify({ clips: clips?.map((c) => c.title), quotes: quotes?.length, people: people?.map((e) => e.name), trashed: trash?.clips.length, theme })}
    </pre>
  );
}

let db: LibraryDb;
const host = document.createElement('div');
document.body.append(host);
afterEach(() => db?.close());

async function shows(expected: object): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (host.textContent !== JSON.stringify(expected)) {
    if (Date.now() > deadline) expect(host.textContent).toBe(JSON.stringify(expected));
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('library hooks', () => {
  it('re-render with every committed change', async () => {
    db = await freshLibrary();
    setLibrary(db);
    const { clip } = await addClip(db, clipDraft({ title: 'First' }));
    const root = createRoot(host);
    root.render(<Probe clipId={clip.id} />);
    await shows({ clips: ['First'], quotes: 0, people: [], trashed: 0, theme: 'light' });

    const a = await createEntity(db, { kind: 'person', name: 'Ann' });
    const b = await createEntity(db, { kind: 'person', name: 'Bob' });
    await createQuote(db, quoteDraft(clip.id, { speakerId: b.id }));
    await addClip(db, clipDraft({ title: 'Second' }));
    await setSetting(db, 'theme', 'dark');
    await shows({ clips: ['Second', 'First'], quotes: 1, people: ['Ann', 'Bob'], trashed: 0, theme: 'dark' });

    await mergeEntities(db, a.id, b.id);
    await updateClip(db, clip.id, { title: 'First, edited' });
    await trashClip(db, clip.id);
    await shows({ clips: ['Second'], quotes: 0, people: ['Ann'], trashed: 1, theme: 'dark' });
    root.unmount();
  });
});
