/**
 * The GitHub workflows as GitHub's own runners would run them: valid by the workflow schema
 * (action-validator, which reads them as GitHub does), no package the runners' Ubuntu lacks (its
 * chromium is a snap), the browser tests pointed at the runners' Chrome, and the share images
 * kept between runs where the build looks for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_IMAGE_CACHE } from '../../src/integration/index.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow: (source: string) => { errors: { path: string; title: string }[] };
};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const FOLDER = join(PROJECT_ROOT, '.github/workflows');
const files = readdirSync(FOLDER).filter((name) => name.endsWith('.yml'));
const source = (name: string) => readFileSync(join(FOLDER, name), 'utf8');
const workflow = (name: string) => load(source(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const indexOf = (list: Step[], test: (step: Step) => boolean) => {
  const at = list.findIndex(test);
  expect(at, 'a step the workflow needs').toBeGreaterThanOrEqual(0);
  return at;
};

describe('the GitHub workflows', () => {
  it('are two: pull requests and deploys', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(files)('%s is valid by the workflow schema', (name) => {
    expect(validateWorkflow(source(name)).errors).toEqual([]);
  });

  it('the schema check catches a broken workflow', () => {
    const broken = source('deploy.yml').replace('    steps:\n', '    stepz:\n');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it.each(files)('%s installs nothing GitHub’s Ubuntu runners lack', (name) => {
    for (const job of Object.values(workflow(name).jobs))
      expect(job['runs-on']).toMatch(/^ubuntu-/);
    for (const step of steps(name)) expect(step.run ?? '').not.toMatch(/apt(-get)? install/);
  });

  it('the browser tests use the runner’s Chrome, through CHROMIUM_PATH', () => {
    const list = steps('pull-request.yml');
    const browser = indexOf(list, (step) => /CHROMIUM_PATH=/.test(step.run ?? ''));
    expect(list[browser]!.run).toContain('command -v google-chrome');
    expect(list[browser]!.run).toContain('>> "$GITHUB_ENV"');
    expect(browser).toBeLessThan(indexOf(list, (step) => step.run === 'npm test'));
  });

  it.each(files)(
    '%s keeps the share images between runs, where the build looks for them',
    (name) => {
      const list = steps(name);
      const cache = indexOf(list, (step) => step.uses?.startsWith('actions/cache@') ?? false);
      expect(list[cache]!.with).toMatchObject({
        path: DEFAULT_SHARE_IMAGE_CACHE,
        key: "share-images-${{ hashFiles('content/**') }}",
        'restore-keys': 'share-images-',
      });
      // After npm ci, which empties node_modules/, and before the build that reads it.
      expect(cache).toBeGreaterThan(
        indexOf(list, (step) => step.run?.startsWith('npm ci') ?? false),
      );
      expect(cache).toBeLessThan(indexOf(list, (step) => step.run === 'npm run build'));
    },
  );
});
