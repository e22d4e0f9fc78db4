import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountScreen, until } from '../../testing/mount-screen';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity, getEntity } from '../../db/entities';
import { createQuote, getQuote } from '../../db/quotes';
import { clipDraft, freshLibrary, quoteDraft } from '../../db/testing';
import { entityHref } from '../library/route';
import { EntitiesScreen } from './EntitiesScreen';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  window.location.hash = '';
});

async function render(db: LibraryDb) {
  const { host, unmount } = await mountScreen(db, <EntitiesScreen />);
  cleanup = unmount;

  return host;
}

const button = (host: HTMLElement, name: string) =>
  until(() => [...host.querySelectorAll<HTMLElement>('button, [role=option]')].find((b) => b.textContent?.trim().startsWith(name)), `"${name}"`);

async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the entity page', () => {
  it('merges a duplicate into the right entry, the quote follows, and Undo puts it all back', async () => {
    const db = await freshLibrary();
    const keep = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] });
    const dup = await createEntity(db, { kind: 'person', name: 'V. Putin' });
    const { clip } = await addClip(db, clipDraft());
    const quote = await createQuote(db, { ...quoteDraft(clip.id), speakerId: dup.id });
    window.location.hash = entityHref(dup.id);
    const host = await render(db);
    await until(() => host.querySelector('h1')?.textContent === 'V. Putin', 'the duplicate’s page');
    await until(() => host.querySelector('[aria-label="Said by V. Putin"] li'), 'its quote');

    await act(async () => (await button(host, 'Merge into')).click());
    await type(host.querySelector<HTMLInputElement>('input[aria-label="Merge into"]')!, 'vlad');
    await act(async () => (await button(host, 'Vladimir Putin')).click());
    await act(async () => (await until(() => host.querySelector<HTMLButtonElement>('[aria-label="Confirm the merge"] button.primary'), 'Merge')).click());

    await until(() => host.querySelector('h1')?.textContent === 'Vladimir Putin', 'the kept entry’s page');
    await until(() => host.querySelector('[aria-label="Said by Vladimir Putin"] li'), 'the quote, moved');
    expect((await getQuote(db, quote.id))!.speakerId).toBe(keep.id);
    expect((await getEntity(db, keep.id))!.aliases).toContain('V. Putin');

    await act(async () => (await until(() => host.querySelector<HTMLButtonElement>('.toast button'), 'Undo')).click());
    await until(() => host.querySelector('h1')?.textContent === 'V. Putin', 'the duplicate back');
    expect((await getQuote(db, quote.id))!.speakerId).toBe(dup.id);
    expect((await getEntity(db, keep.id))!.aliases).toEqual(['Putin']);
  });

  it('lists the catalog by kind and finds an entry by alias', async () => {
    const db = await freshLibrary();
    await createEntity(db, { kind: 'treaty', name: 'INF Treaty', aliases: ['ДРСМД'] });
    await createEntity(db, { kind: 'state', name: 'Russia' });
    const host = await render(db);
    await until(() => host.querySelector('[aria-label="Treaties"]'), 'the treaties');
    expect(host.querySelector('[aria-label="States"]')?.textContent).toContain('Russia');
    await type(host.querySelector<HTMLInputElement>('input[type=search]')!, 'дрсмд');
    await until(() => !host.querySelector('[aria-label="States"]'), 'the filter');
    expect(host.querySelector('[aria-label="Treaties"]')?.textContent).toContain('INF Treaty');
  });

  it('edits a treaty’s dates and parties, refusing a date it cannot read', async () => {
    const db = await freshLibrary();
    const russia = await createEntity(db, { kind: 'state', name: 'Russia' });
    const inf = await createEntity(db, { kind: 'treaty', name: 'INF Treaty' });
    window.location.hash = entityHref(inf.id);
    const host = await render(db);
    await until(() => host.querySelector('h1')?.textContent === 'INF Treaty', 'the treaty page');
    await act(async () => (await button(host, 'Add treaty details')).click());
    const signed = await until(() => [...host.querySelectorAll<HTMLInputElement>('form[aria-label="Edit the treaty"] input')][1], 'the Signed field');
    await type(signed, '8 Dec 1987');
    await act(async () => (await button(host, 'Save')).click());
    expect(host.querySelector('[role=alert]')?.textContent).toContain('is not a date');

    await type(signed, '1987-12-08');
    await type(host.querySelector<HTMLInputElement>('input[aria-label="Add a party"]')!, 'Rus');
    await act(async () => (await button(host, 'Russia')).click());
    await act(async () => (await button(host, 'Save')).click());
    await until(() => host.querySelector('.treaty-facts'), 'the saved facts');
    const treaty = (await getEntity(db, inf.id))!.treaty!;
    expect(treaty.signed).toBe('1987-12-08');
    expect(treaty.partyIds).toEqual([russia.id]);
  });
});
