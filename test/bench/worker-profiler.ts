/**
 * A CPU profile of a page's dedicated workers, through the DevTools protocol:
 * for finding where the search worker's time goes in Chromium, which a Node
 * profile of the engine alone does not show (first runs, GC, storage reads).
 * The profile opens in Chrome DevTools' Performance panel or speedscope.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples?: number[]; timeDeltas?: number[] };

export class WorkerProfiler {
  private readonly workers: string[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private constructor(private readonly session: CDPSession) {
    session.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') this.workers.push(event.sessionId);
    });
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  /** Watches the page for workers; call before the worker to profile starts. */
  static async attach(page: Page): Promise<WorkerProfiler> {
    const session = await page.context().newCDPSession(page);
    const profiler = new WorkerProfiler(session);
    // Not flattened: Playwright's session API has no per-target session ids.
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return profiler;
  }

  /** Starts sampling the newest worker (earlier ones may be gone); false when there is none. */
  async start(intervalMicros = 100): Promise<boolean> {
    const worker = this.workers.at(-1);
    if (!worker) return false;
    await this.send(worker, 'Profiler.enable');
    await this.send(worker, 'Profiler.setSamplingInterval', { interval: intervalMicros });
    await this.send(worker, 'Profiler.start');
    return true;
  }

  /** Stops sampling, writes the newest worker's profile to `file`, and returns its heaviest functions by self time. */
  async stop(file: string, top = 25): Promise<string[]> {
    const worker = this.workers.at(-1);
    if (!worker) return ['no worker was profiled'];
    const { profile } = (await this.send(worker, 'Profiler.stop')) as { profile: Profile };
    writeFileSync(file, JSON.stringify(profile));
    return heaviest(profile, top);
  }

  private send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    void this.session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return answer;
  }
}

/** Self time per function (ms), summed over the samples, heaviest first. */
function heaviest(profile: Profile, top: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((nodeId, i) => {
    const frame = byNode.get(nodeId)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').at(-1) ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
