/// <reference lib="webworker" />
/**
 * Runs DocFile where it runs in the app, a worker (sync access handles exist only
 * there), for doc-file.browser.test.ts: appends documents, damages bytes when
 * asked, and answers with what readMany and read give.
 */
import type { SearchDoc } from '../../shared/search/types';
import { DocFile } from './doc-file';

export type ProbeRequest = { name: string; docs: SearchDoc[]; damage: string | null; wanted: { id: string; version: number }[] };
export type ProbeReply = { many: (SearchDoc | undefined)[]; single: (SearchDoc | undefined)[] } | { error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ProbeRequest>) => {
  const { name, docs, damage, wanted } = event.data;
  try {
    const file = await DocFile.open(name);
    if (!file) throw new Error('no doc file in this browser');
    const positions = file.append(docs);
    const spoiled = docs.findIndex((doc) => doc.id === damage);
    if (spoiled >= 0) {
      // A crash mid-write or a bad sector: the record's bytes become junk of the same length.
      const at = positions[spoiled]!;
      const directory = await navigator.storage.getDirectory();
      file.close();
      const handle = await (await directory.getFileHandle(`${name}.docs`)).createSyncAccessHandle();
      handle.write(new Uint8Array(at.length).fill(0x5d), { at: at.at });
      handle.close();
      const reopened = (await DocFile.open(name))!;
      docs.forEach((doc, i) => reopened.place(doc.id, positions[i]!));
      reply(reopened, wanted);
    } else {
      reply(file, wanted);
    }
  } catch (error) {
    scope.postMessage({ error: String(error) } satisfies ProbeReply);
  }
};

function reply(file: DocFile, wanted: { id: string; version: number }[]): void {
  const many = file.readMany(wanted);
  const single = wanted.map(({ id, version }) => file.read(id, version));
  file.close();
  scope.postMessage({ many, single } satisfies ProbeReply);
}
