import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { clipDraft, freshLibrary } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import type { MountedScreen } from '../../testing/mount-screen';
import { searchService, startSearch } from './search-service';
import { SearchScreen } from './SearchScreen';

const CLIPS = 50;

let db: LibraryDb;
let screen: MountedScreen;

const hits = () => [...screen.host.querySelectorAll<HTMLButtonElement>('button.search-hit')];
const box = () => screen.host.querySelector<HTMLInputElement>('input[type=search]')!;
const moreButton = () => screen.host.querySelector<HTMLButtonElement>('button.search-more');
const press = (key: string) =>
  act(async () => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('the Search screen, over a library of many matches', () => {
  beforeAll(async () => {
    db = await freshLibrary();
    for (let i = 0; i < CLIPS; i += 1) {
      await addClip(db, clipDraft({ title: `Inspection report ${i}`, text: `Report ${i}: the inspectors counted warheads under the treaty.` }));
    }
    startSearch(db);
    await searchService().started;
    window.location.hash = '#/search?q=warheads';
    screen = await mountScreen(db, <SearchScreen />);
    await until(() => hits().length > 0 && screen.host.querySelector('.search-status[data-answered="warheads"]'), 'the first page');
  });

  afterAll(() => {
    screen?.unmount();
    searchService().stop();
    db?.close();
    window.location.hash = '';
  });

  it('shows a page of 20, and "Show more" adds the next until all are shown', async () => {
    expect(hits()).toHaveLength(20);
    expect(moreButton()!.textContent).toBe(`Show more results (20 of ${CLIPS})`);
    moreButton()!.focus();
    await act(async () => moreButton()!.click());
    await until(() => hits().length === 40, 'the second page');
    expect(moreButton()!.textContent).toBe(`Show more results (40 of ${CLIPS})`);
    // The focus goes to the first new result, not back to the top, and not lost with the button on the last page.
    await until(() => document.activeElement === hits()[20], 'the focus on the 21st result');
    await act(async () => moreButton()!.click());
    await until(() => hits().length === CLIPS, 'the last page');
    expect(moreButton()).toBeNull();
    await until(() => document.activeElement === hits()[40], 'the focus on the 41st result');
    expect(screen.host.querySelector('.search-export')!.textContent).toContain(`Exports the ${CLIPS} results shown.`);
  });

  it('starts again at one page for a new query', async () => {
    await act(async () => {
      const input = box();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'inspectors');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => screen.host.querySelector('.search-status[data-answered="inspectors"]'), 'the new query');
    expect(hits()).toHaveLength(20);
  });

  it('moves through the results with the arrow keys, and back to the query', async () => {
    const query = box().value;
    box().focus();
    await press('ArrowDown');
    expect(document.activeElement).toBe(hits()[0]);
    await press('ArrowDown');
    await press('ArrowDown');
    expect(document.activeElement).toBe(hits()[2]);
    await press('End');
    expect(document.activeElement).toBe(hits().at(-1));
    await press('ArrowDown');
    expect(document.activeElement).toBe(hits().at(-1));
    await press('Home');
    expect(document.activeElement).toBe(hits()[0]);
    await press('ArrowUp');
    expect(document.activeElement).toBe(box());
    await press('ArrowDown');
    await press('Escape');
    expect(document.activeElement).toBe(box());
    expect(box().value).toBe(query);
  });
});
