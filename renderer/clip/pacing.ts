/**
 * The clipper runs on the window's thread: between its stages it gives the
 * event loop back (so the window paints, answers clicks and can cancel), says
 * which stage it is at, and stops when asked to.
 */
import type { ClipStage } from '../../shared/clip/types';

export type ClipOptions = {
  /** Aborting stops the clip at its next pause; it then answers `cancelled`. */
  signal?: AbortSignal;
  onStage?: (stage: ClipStage) => void;
};

export class ClipCancelled extends Error {
  override readonly name = 'ClipCancelled';
}

type Scheduler = { yield?: () => Promise<void> };

/** A macrotask turn: pending input and rendering run before the clipper goes on. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function throwIfCancelled(options: ClipOptions): void {
  if (options.signal?.aborted) throw new ClipCancelled();
}

/** Yields, then checks for a cancel: the pause the clipper's slices take. */
export async function pause(options: ClipOptions): Promise<void> {
  throwIfCancelled(options);
  await yieldToEventLoop();
  throwIfCancelled(options);
}

export async function enterStage(stage: ClipStage, options: ClipOptions): Promise<void> {
  throwIfCancelled(options);
  options.onStage?.(stage);
  await pause(options);
}
