import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };
export type DisplayArea = { x: number; y: number; width: number; height: number };

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

const savedState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/**
 * The size and place the window had when it was last closed, made to fit the
 * screens there are now: a monitor may have been unplugged since, and a window
 * restored off-screen looks to the user like an app that does not start.
 */
export function loadWindowState(file: string, displays: readonly DisplayArea[]): WindowState {
  let state: WindowState;
  try {
    state = savedState.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  return fitToDisplays(state, displays);
}

export function fitToDisplays(state: WindowState, displays: readonly DisplayArea[]): WindowState {
  const { x, y, ...rest } = state;
  const home = x === undefined || y === undefined ? undefined : displays.find((area) => overlapsEnough({ x, y, ...rest }, area));
  const bounds = home ?? displays[0];
  const width = clamp(state.width, MIN_WINDOW_SIZE.width, bounds?.width ?? state.width);
  const height = clamp(state.height, MIN_WINDOW_SIZE.height, bounds?.height ?? state.height);
  if (!home || x === undefined || y === undefined) return { width, height, maximized: state.maximized };
  return {
    x: clamp(x, home.x, home.x + home.width - width),
    y: clamp(y, home.y, home.y + home.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

/** Enough of the title bar must be on the display for the user to grab it. */
function overlapsEnough(window: Required<Omit<WindowState, 'maximized'>>, area: DisplayArea): boolean {
  const visibleWidth = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const titleBarInside = window.y >= area.y && window.y < area.y + area.height - 40;
  return visibleWidth >= 100 && titleBarInside;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/** Written whole to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(savedState.parse(state)));
  renameSync(temporary, file);
}
