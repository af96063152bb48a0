/**
 * Node's compile cache, for a command whose later runs should reuse the compiled modules
 * (TypeScript already stripped). Called before the command's own modules are imported, which is
 * why validate.ts and build.ts are only this call and an import.
 */
import { enableCompileCache } from 'node:module';

/** Turns the cache on for this thread and, through NODE_COMPILE_CACHE, for every thread it starts. */
export function useCompileCache(): void {
  const { directory } = enableCompileCache();
  // A worker thread reads only the variable, not this thread's setting.
  if (directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory;
}
