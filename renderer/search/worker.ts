/// <reference lib="webworker" />
/** The search worker: hosts the engine off the UI thread. Its name is the IndexedDB database it uses. */
import { IndexHost } from './host';
import type { RequestMessage, WorkerMessage } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

const host = IndexHost.open(scope.name || 'quire-search', (status) => post({ kind: 'status', status }));
host.catch((error: unknown) => post({
  kind: 'status',
  status: {
    state: 'error', docs: 0, restoredFromDisk: false, replayed: 0, segmentsLoaded: 0, segmentCount: 0,
    progress: null, stamp: '', writes: 0, error: `The search index could not be opened: ${String(error)}`, docFile: false,
  },
}));

scope.onmessage = async (event: MessageEvent<RequestMessage>) => {
  const { id, name, args } = event.data;
  try {
    const result = await (await host).handle(name, args);
    post({ kind: 'reply', id, ok: true, result });
  } catch (error) {
    post({ kind: 'reply', id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
