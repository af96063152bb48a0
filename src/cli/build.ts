/**
 * `npm run build`: see build-main.ts. This file only turns on Node's compile
 * cache first, for this thread and, through NODE_COMPILE_CACHE, for every
 * thread the build starts (Markdown rendering, the derived files, share
 * cards), so that a rebuild reuses the compiled modules of Astro, Vite and
 * the project instead of compiling them again in each thread.
 */
import { enableCompileCache } from 'node:module';

const { directory } = enableCompileCache();
// A worker thread reads only the variable, not this thread's setting.
if (directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory;
await import('./build-main.ts');
