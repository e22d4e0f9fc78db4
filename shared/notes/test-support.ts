/** Notes as the editor stores them, for tests. */
import type { Entity } from '../model';

/** A stored note's content: text and mentions in one paragraph, each mention with the name it had when inserted. */
export function noteContent(...parts: (string | Pick<Entity, 'id' | 'name'>)[]): string {
  const children = parts.map((part) =>
    typeof part === 'string'
      ? { type: 'text', text: part, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
      : { type: 'entity-mention', text: part.name, entityId: part.id, format: 0, detail: 0, mode: 'token', style: '', version: 1 },
  );
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children }] } });
}
