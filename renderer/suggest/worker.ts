/**
 * Runs the suggester off the UI thread: matching a long clip against the
 * catalog and finding its quotes would otherwise stall typing and scrolling.
 */
import { buildCatalog, suggestForClip, type Catalog } from '../../shared/suggest';
import type { FromWorker, ToWorker } from './protocol';

/** The worker's global, typed by hand: the renderer compiles against the DOM lib, not WebWorker. */
type WorkerScope = { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };
const scope = self as unknown as WorkerScope;
let current: { version: string; catalog: Catalog } | null = null;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'catalog') {
    if (current?.version !== message.version) current = { version: message.version, catalog: buildCatalog(message.entries) };
    return;
  }
  const reply = (out: FromWorker) => scope.postMessage(out);
  if (!current || current.version !== message.version) {
    reply({ type: 'error', requestId: message.requestId, message: 'The catalog the suggestions need was not sent first.' });
    return;
  }
  try {
    reply({ type: 'result', requestId: message.requestId, suggestions: suggestForClip(message.text, current.catalog) });
  } catch (error) {
    reply({ type: 'error', requestId: message.requestId, message: error instanceof Error ? error.message : String(error) });
  }
};
