import type { BuildOptions } from 'esbuild';

export function nodeBundleOptions(root: string): BuildOptions;
export function copyPdfFonts(outDir: string): Promise<void>;
