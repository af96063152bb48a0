/**
 * `node src/bench/summarise-profile.ts build.cpuprofile [top]`: the biggest
 * costs in a V8 CPU profile (from `node --cpu-prof`), by self time per
 * function, by self time per file or package, and by total (inclusive) time
 * of our own functions, so a slow build can be traced to a function to change.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Groups a script URL: our source, a package in node_modules, the site bundle Vite wrote, Node
 * itself.
 */
export function owner(url: string, functionName = ''): string {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  // Astro bundles pages, components and what they import (our src/) into chunks while it builds
  // (in node_modules/.cache/chronicle/, src/integration/build-folder.ts).
  if (/\.prerender\/|chunks\/|pages\/|node_modules\/\.cache\//.test(path))
    return `site bundle: ${path.split('/').slice(-2).join('/')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('node:')) return 'node (built-in)';
  const src = /\/(src\/.*)$/.exec(path);
  if (src) return src[1]!;
  return path;
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'}  ${owner(node.callFrame.url, node.callFrame.functionName)}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
  const ours = (node: ProfileNode) => /^(src\/|site bundle)/.test(owner(node.callFrame.url));
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) =>
    map.set(key, (map.get(key) ?? 0) + us);
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    all += us;
    add(self, name(node), us);
    add(files, owner(node.callFrame.url, node.callFrame.functionName), us);
    // Inclusive time of our own functions: once per function on the stack, however often it
    // recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      const key = name(frame);
      if (ours(frame) && !seen.has(key)) add(total, key, us);
      seen.add(key);
    }
  });
  const list = (title: string, map: Map<string, number>) =>
    [
      `${title}`,
      ...[...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(
          ([key, us]) =>
            `${(us / 1e6).toFixed(2).padStart(8)} s ${((us / all) * 100).toFixed(1).padStart(5)} %  ${key}`,
        ),
    ].join('\n');
  return [
    `Profile: ${(all / 1e6).toFixed(1)} s sampled`,
    list('Self time by file or package', files),
    list('Self time by function', self),
    list('Total time of functions in src/ or the site bundle (including what they call)', total),
  ].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage =
    'Usage: node src/bench/summarise-profile.ts <file>.cpuprofile [top]\n' +
    'The biggest costs in a CPU profile written by node --cpu-prof: self time by file or package and\n' +
    'by function, and total time of our own functions; the top 25 of each unless [top] is given.';
  const [file, top] = process.argv.slice(2);
  if (file === '--help' || file === '-h') {
    console.log(usage);
    process.exit(0);
  }
  if (!file) {
    console.error(`✗ give the profile to summarise.\n${usage}`);
    process.exit(2);
  }
  let profile: Profile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  } catch (error) {
    console.error(`✗ cannot read "${file}" as a CPU profile: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(summarise(profile, Number(top) || 25));
}
