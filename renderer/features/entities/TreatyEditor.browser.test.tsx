import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TreatyInfo } from '../../../shared/model';
import { mountScreen, until } from '../../testing/mount-screen';
import type { LibraryDb } from '../../db/db';
import { createEntity, getEntity } from '../../db/entities';
import { freshLibrary } from '../../db/testing';
import { entityHref } from '../library/route';
import { EntitiesScreen } from './EntitiesScreen';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  window.location.hash = '';
});

const NEW_START: TreatyInfo = {
  abbreviation: 'New START',
  signed: '2010-04-08',
  inForce: '2011-02-05',
  ended: null,
  status: 'suspended',
  events: [
    { date: '2021-01-03', label: 'Extended for five years' },
    { date: '2022-08-08', label: 'Russia pauses inspections' },
    { date: '2026-02-05', label: 'Expires' },
  ],
  partyIds: [],
};

async function openTreatyEditor(db: LibraryDb) {
  const treaty = await createEntity(db, { kind: 'treaty', name: 'New START', treaty: NEW_START });
  window.location.hash = entityHref(treaty.id);
  const { host, unmount } = await mountScreen(db, <EntitiesScreen />);
  cleanup = unmount;
  await until(() => host.querySelector('h1')?.textContent === 'New START', 'the treaty page');
  await act(async () => (await button(host, 'Edit')).click());
  await until(() => host.querySelector('form[aria-label="Edit the treaty"]'), 'the treaty editor');
  return { host, id: treaty.id };
}

const button = (host: HTMLElement, name: string) =>
  until(() => [...host.querySelectorAll<HTMLElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === name), `"${name}"`);

const field = (host: HTMLElement, label: string) => until(() => host.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`), `the field "${label}"`);

async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const texts = (host: HTMLElement, selector: string) => [...host.querySelectorAll(selector)].map((e) => e.textContent);

describe('a treaty’s events in the treaty editor', () => {
  it('adds, corrects and removes events; the page and the stored entry show them by date', async () => {
    const db = await freshLibrary();
    const { host, id } = await openTreatyEditor(db);
    expect([...host.querySelectorAll<HTMLInputElement>('[aria-label=Events] input')].map((i) => i.value)).toEqual(
      NEW_START.events.flatMap((e) => [e.date, e.label]),
    );

    await act(async () => (await button(host, 'Add event')).click());
    const newDate = await field(host, 'Date of event 4');
    expect(document.activeElement).toBe(newDate);
    await type(newDate, '2023-02-21');
    await type(await field(host, 'What happened (event 4)'), 'Russia suspends participation');

    await type(await field(host, 'Date of event 1'), '2021-02-03');
    await type(await field(host, 'What happened (event 1)'), 'Extended for five years, to 2026');

    await act(async () => (await button(host, 'Remove event 2022-08-08')).click());
    expect(texts(host, '[aria-label=Events] button')).toHaveLength(3);
    expect(document.activeElement).toBe(await field(host, 'Date of event 2'));

    await act(async () => (await button(host, 'Save')).click());
    await until(() => host.querySelector('.treaty-facts'), 'the saved facts');
    const saved = [
      { date: '2021-02-03', label: 'Extended for five years, to 2026' },
      { date: '2023-02-21', label: 'Russia suspends participation' },
      { date: '2026-02-05', label: 'Expires' },
    ];
    expect((await getEntity(db, id))!.treaty!.events).toEqual(saved);
    expect((await getEntity(db, id))!.treaty!.signed).toBe('2010-04-08');

    const facts = texts(host, '.treaty-facts dd');
    expect(facts.filter((text) => saved.some((e) => e.label === text) || text === 'Russia pauses inspections')).toEqual(saved.map((e) => e.label));
    await until(() => texts(host, '[aria-label=Timeline] .timeline-event').includes('Russia suspends participation'), 'the new event on the timeline');
    const timeline = [...host.querySelectorAll('[aria-label=Timeline] li.treaty')].map((li) => [li.querySelector('time')!.dateTime, li.querySelector('.timeline-event')!.textContent]);
    expect(timeline).toEqual([['2010-04-08', 'Signed'], ['2011-02-05', 'In force'], ...saved.map((e) => [e.date, e.label])]);
  });

  it('refuses a date it cannot read or an event without a label, naming the row, and saves nothing', async () => {
    const db = await freshLibrary();
    const { host, id } = await openTreatyEditor(db);
    await act(async () => (await button(host, 'Add event')).click());
    await type(await field(host, 'Date of event 4'), '21 Feb 2023');
    await type(await field(host, 'What happened (event 4)'), 'Russia suspends participation');
    await type(await field(host, 'What happened (event 2)'), 'Russia pauses inspections on its soil');

    await act(async () => (await button(host, 'Save')).click());
    const alert = await until(() => host.querySelector('[role=alert]'), 'the message');
    expect(alert.textContent).toBe('Event 4: “21 Feb 2023” is not a date: write it as 1987-12-08, 1987-12 or 1987.');
    const badDate = await field(host, 'Date of event 4');
    expect(badDate.getAttribute('aria-invalid')).toBe('true');
    expect(badDate.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(badDate);

    await type(badDate, '2023-02-21');
    await type(await field(host, 'What happened (event 1)'), '');
    await act(async () => (await button(host, 'Save')).click());
    await until(() => host.querySelector('[role=alert]')?.textContent === 'Event 1 (2021-01-03) has no label: say what happened.', 'the missing-label message');
    expect(badDate.hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(await field(host, 'What happened (event 1)'));

    expect(host.querySelector('form[aria-label="Edit the treaty"]')).not.toBeNull();
    expect((await getEntity(db, id))!.treaty).toEqual(NEW_START);
  });
});
