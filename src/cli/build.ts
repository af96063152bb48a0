/**
 * `npm run build`: see build-main.ts. This file only turns on Node's compile
 * cache first, for this thread and every thread the build starts (Markdown
 * rendering, the derived files, share cards), so that a rebuild reuses the
 * compiled modules of Astro, Vite and the project instead of compiling them
 * again in each thread.
 */
import { useCompileCache } from './support/compile-cache.ts';

useCompileCache();
await import('./build-main.ts');
