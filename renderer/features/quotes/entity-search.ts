import type { Entity } from '../../../shared/model';
import { foldText } from '../../../shared/text/fold';

const norm = (value: string) => foldText(value).trim().replace(/\s+/g, ' ');

/**
 * How well `query` names the entity: 3 a whole name or alias, 2 its start, 1
 * the start of one of its words ("put" finds "Vladimir Putin"), 0 not at all.
 */
export function nameScore(entity: Pick<Entity, 'name' | 'aliases'>, query: string): number {
  const q = norm(query);
  if (q === '') return 0;
  let best = 0;
  for (const name of [entity.name, ...entity.aliases]) {
    const n = norm(name);
    if (n === q) return 3;
    if (n.startsWith(q)) best = Math.max(best, 2);
    else if (n.split(/[\s\-–(/]+/).some((word, i) => i > 0 && word.startsWith(q))) best = Math.max(best, 1);
    else if (n.includes(` ${q}`)) best = Math.max(best, 1);
  }
  return best;
}

/** Entities a typeahead offers for `query`, best first (then by name), leaving out `exclude`. */
export function searchEntities<E extends Pick<Entity, 'id' | 'name' | 'aliases'>>(entities: readonly E[], query: string, exclude: readonly string[] = [], limit = 8): E[] {
  return entities
    .filter((e) => !exclude.includes(e.id))
    .map((entity) => ({ entity, score: nameScore(entity, query) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit)
    .map((hit) => hit.entity);
}

export type NameMatch<E> = { entity: E; matched: string };

/**
 * Entities already called `name`, by their name or an alias, compared folded
 * ("vladimir putin" is "Vladimir Putin"); `matched` is the form that matched.
 */
export function findSameName<E extends Pick<Entity, 'name' | 'aliases'>>(entities: readonly E[], name: string): NameMatch<E>[] {
  const key = norm(name);
  if (key === '') return [];
  return entities.flatMap((entity) => {
    const matched = [entity.name, ...entity.aliases].find((form) => norm(form) === key);
    return matched === undefined ? [] : [{ entity, matched }];
  });
}
