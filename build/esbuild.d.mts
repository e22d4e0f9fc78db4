import type { BuildOptions } from 'esbuild';

export const targets: Record<'main' | 'preload' | 'serve', BuildOptions>;
export function buildElectron(): Promise<void>;
