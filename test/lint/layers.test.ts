import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer lint (DESIGN.md: imports flow renderer -> shared, electron -> shared)', () => {
  it.each([
    ['shared/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const u = useState;\n"],
    ['shared/x.ts', "import { x } from '../renderer/app/App';\nexport const y = x;\n"],
    ['renderer/app/x.ts', "import { x } from '../../electron/main';\nexport const y = x;\n"],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n"],
    ['renderer/features/library/x.tsx', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['renderer/features/library/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const d = useLiveQuery;\n"],
    ['electron/x.ts', "import { x } from '../renderer/app/App';\nexport const y = x;\n"],
  ])('rejects a crossing in %s: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/x.ts', 'export const w = window.location;\n'],
    ['shared/x.ts', "export const d = document.createElement('p');\n"],
  ])('rejects DOM globals in shared/: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-globals');
  });

  it('accepts the allowed directions', async () => {
    expect(await ruleIds('renderer/db/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toEqual([]);
    expect(await ruleIds('renderer/app/x.ts', "import { foldText } from '../../shared/text/fold';\nexport const f = foldText;\n")).toEqual([]);
    expect(await ruleIds('electron/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([]);
  });
});
