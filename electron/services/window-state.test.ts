import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1440 };

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quire-window-'));
  file = path.join(dir, 'nested', 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('starts with the default size when nothing was saved', () => {
    expect(loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('comes back as it was saved', () => {
    const state = { x: 1600, y: 100, width: 1300, height: 900, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file, [laptop, monitorOnRight])).toEqual(state);
    expect(readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('ignores a damaged or foreign file', () => {
    saveWindowState(file, DEFAULT_WINDOW_STATE);
    for (const text of ['{"width": 900', '{"width": "big", "height": 3, "maximized": false}', 'null', '[]']) {
      writeFileSync(file, text);
      expect(loadWindowState(file, [laptop]), text).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('moves a window whose monitor was unplugged back onto a screen, keeping its size when it fits', () => {
    saveWindowState(file, { x: 2000, y: 200, width: 1000, height: 700, maximized: false });
    expect(loadWindowState(file, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than the screen and keeps it inside', () => {
    expect(fitToDisplays({ x: 1000, y: 10, width: 3000, height: 2000, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
      maximized: false,
    });
  });

  it('never restores below the minimum size', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 50, height: 20, maximized: false }, [laptop])).toMatchObject({
      width: 720,
      height: 480,
    });
  });

  it('writes plain JSON', () => {
    saveWindowState(file, { x: 1, y: 2, width: 800, height: 600, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1, y: 2, width: 800, height: 600, maximized: false });
  });
});
