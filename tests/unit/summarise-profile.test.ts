/**
 * The profile summary the benchmark's figures are traced with (src/bench/summarise-profile.ts):
 * who a sampled function belongs to, and the command's answers to a wrong call.
 */
import { describe, expect, it } from 'vitest';
import { owner, summarise } from '../../src/bench/summarise-profile.ts';
import { runNode } from '../helpers/run.ts';

describe('the profile summary', () => {
  it('names the package, our module, Node or the site bundle a function belongs to', () => {
    expect(owner('file:///p/node_modules/micromark/dev/index.js')).toBe('micromark');
    expect(owner('file:///p/node_modules/@astrojs/markdown-remark/dist/index.js')).toBe(
      '@astrojs/markdown-remark',
    );
    expect(owner('file:///p/src/loaders/record-files.ts')).toBe('src/loaders/record-files.ts');
    expect(owner('node:internal/fs/utils')).toBe('node (built-in)');
    expect(owner('', '(garbage collector)')).toBe('(garbage collector)');
    // Astro's bundle of the pages is written under node_modules/.cache/chronicle/ while it builds.
    expect(owner('file:///p/node_modules/.cache/chronicle/build-1/chunks/server_X.mjs')).toBe(
      'site bundle: chunks/server_X.mjs',
    );
  });

  it('adds up self time by function and by package', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const text = summarise({
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('sync', 'file:///p/src/loaders/record-files.ts'), children: [3] },
        { id: 3, callFrame: frame('main', 'file:///p/node_modules/micromark/x.js') },
      ],
      samples: [3, 3, 2],
      timeDeltas: [1_000_000, 1_000_000, 1_000_000],
    });
    expect(text).toContain('Profile: 3.0 s sampled');
    expect(text).toMatch(/2\.00 s\s+66\.7 %\s+micromark/);
    expect(text).toMatch(/3\.00 s\s+100\.0 %\s+sync {2}src\/loaders\/record-files\.ts:1/);
  });

  it('answers --help, and a call without a profile or with an unreadable one in a line', () => {
    const script = 'src/bench/summarise-profile.ts';
    const help = runNode([script, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: node src/bench/summarise-profile.ts <file>.cpuprofile');
    const none = runNode([script]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^✗ give the profile to summarise\./);
    const missing = runNode([script, 'no-such.cpuprofile']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^✗ cannot read "no-such.cpuprofile" as a CPU profile: ENOENT/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
