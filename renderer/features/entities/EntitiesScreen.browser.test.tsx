import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountScreen, until } from '../../testing/mount-screen';
import { addClip } from '../../db/clips';
import type { LibraryDb } from '../../db/db';
import { createEntity, getEntity, listEntities } from '../../db/entities';
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

describe('adding an entry to the catalog', () => {
  const notice = (host: HTMLElement) => host.querySelector<HTMLElement>('.duplicate-notice');

  it('stops at a name already there, whatever its case, pointing at the existing entry; "Add anyway" adds it', async () => {
    const db = await freshLibrary();
    const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] });
    const host = await render(db);
    await until(() => host.querySelector('[aria-label="People"]'), 'the catalog');

    await type(host.querySelector<HTMLInputElement>('input[type=search]')!, 'vladimir putin');
    await act(async () => (await button(host, 'Add “vladimir putin”')).click());
    const shown = await until(() => notice(host), 'the duplicate notice');
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.textContent).toContain('Vladimir Putin already exists (person).');
    expect(shown.querySelector('a')?.getAttribute('href')).toBe(entityHref(putin.id));
    expect((await listEntities(db)).map((e) => e.id)).toEqual([putin.id]);

    await act(async () => (await button(host, 'Add anyway')).click());
    await until(() => host.querySelector('h1')?.textContent === 'vladimir putin', 'the new entry’s page');
    const all = await listEntities(db);
    expect(all.map((e) => e.name).sort()).toEqual(['Vladimir Putin', 'vladimir putin']);
    expect(window.location.hash).toBe(entityHref(all.find((e) => e.id !== putin.id)!.id));
  });

  it('knows an entry by its alias, lets the user open it, and adds a new name at once', async () => {
    const db = await freshLibrary();
    const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] });
    const host = await render(db);
    await until(() => host.querySelector('[aria-label="People"]'), 'the catalog');
    const search = host.querySelector<HTMLInputElement>('input[type=search]')!;

    await type(search, 'PUTIN');
    await act(async () => (await button(host, 'Add “PUTIN”')).click());
    expect((await until(() => notice(host), 'the duplicate notice')).textContent).toContain('Vladimir Putin already exists (person), also known as “Putin”.');
    await type(search, 'PUTI');
    expect(notice(host)).toBeNull();

    await type(search, 'Dmitry Medvedev');
    await act(async () => (await button(host, 'Add “Dmitry Medvedev”')).click());
    await until(() => host.querySelector('h1')?.textContent === 'Dmitry Medvedev', 'the new entry’s page');
    expect((await listEntities(db)).map((e) => e.name)).toEqual(['Dmitry Medvedev', 'Vladimir Putin']);

    window.location.hash = '#/entities';
    await type(await until(() => host.querySelector<HTMLInputElement>('input[type=search]'), 'the catalog again'), 'putin');
    await act(async () => (await button(host, 'Add “putin”')).click());
    await act(async () => (await until(() => notice(host)?.querySelector<HTMLAnchorElement>('a'), 'the Open link')).click());
    await until(() => host.querySelector('h1')?.textContent === 'Vladimir Putin', 'the existing entry’s page');
    expect(window.location.hash).toBe(entityHref(putin.id));
  });
});
