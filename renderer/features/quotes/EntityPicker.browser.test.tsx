import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../shared/model';
import type { LibraryDb } from '../../db/db';
import { createEntity } from '../../db/entities';
import { freshLibrary } from '../../db/testing';
import { mountScreen, until } from '../../testing/mount-screen';
import { EntityPicker } from './EntityPicker';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function mountPicker(db: LibraryDb, entities: Entity[]) {
  const { host, unmount } = await mountScreen(
    db,
    <EntityPicker label="Speaker" entities={entities} onPick={() => undefined} onCreate={() => Promise.reject(new Error('not in this test'))} />,
  );
  cleanup = unmount;
  const input = host.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const options = async (query: string) => {
    await type(input, query);
    return [...(await until(() => host.querySelector('[role=listbox]'), 'the options')).querySelectorAll('[role=option]')].map((o) => o.textContent);
  };
  return options;
}

describe('the entity picker', () => {
  it('offers no new entry for a name already in the catalog, however it is typed, but does for a namesake of an alias', async () => {
    const db = await freshLibrary();
    const putin = await createEntity(db, { kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] });
    const options = await mountPicker(db, [putin]);

    expect(await options('vladímir  PUTIN')).toEqual(['Vladimir Putin person']);
    expect(await options('Putin')).toEqual(['Vladimir Putin person', 'Create “Putin”…']);
    expect(await options('Vladimir P')).toEqual(['Vladimir Putin person', 'Create “Vladimir P”…']);
  });
});
