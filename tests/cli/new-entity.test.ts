/**
 * `npm run new-person` and its siblings (new-organisation, new-place, new-topic, new-period): a
 * record with every field, whose blanks the validator asks for one by one, and which validates
 * once they are filled in.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const NEW_ENTITY = join(PROJECT_ROOT, 'src', 'cli', 'new-entity.ts');
const VALIDATE = join(PROJECT_ROOT, 'src', 'cli', 'validate.ts');
const root = tempProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => runNode([NEW_ENTITY, ...args], { cwd: root });
const problems = () =>
  runNode([VALIDATE], { cwd: root })
    .stderr.split('\n')
    .filter((line) => line.includes(' → '));
const fill = (file: string, ...pairs: [string, string][]) => {
  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of pairs) text = text.replace(from, to);
  writeFileSync(path, text);
};

describe('new-person and its siblings', () => {
  it('write a person with every field, say what to fill in, and validate once it is', () => {
    const result = run('person', 'Bram Öster');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`✓ Wrote content/people/bram-oster.md

Next:
  1. Fill in role and description, from the sources; list under spellings any other spelling an article uses.
  2. Name it in an event by its id: people: [bram-oster]
  3. Run npm run validate and fix what it reports.
`);
    expect(readFileSync(join(root, 'content/people/bram-oster.md'), 'utf8')).toBe(`---
name: "Bram Öster" # as the site shows it
role: "" # role at the time of the events, as the sources give it
description: "" # one or two sentences, from the sources
spellings: [] # other spellings the sources use, each checked against its article: - { text: "…", source: <source-id>, note: "…" }
---
`);
    expect(problems()).toEqual([
      'content/people/bram-oster.md:3 → role: this field is empty. Role at the time of the events. For example: Chair of the harbour council',
      'content/people/bram-oster.md:4 → description: this field is empty. One or two sentences, from the sources. For example: The new bridge over the harbour, and the dispute about it.',
    ]);
    fill(
      'content/people/bram-oster.md',
      ['role: ""', 'role: Harbour master'],
      ['description: ""', 'description: Keeps the harbour.'],
    );
    expect(problems()).toEqual([]);
  });

  it('write a place, with its kind, a point to give and its country commented out', () => {
    const result = run('place', 'Old Quay', '--kind', 'other');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('✓ Wrote content/places/old-quay.md');
    const file = 'content/places/old-quay.md';
    expect(readFileSync(join(root, file), 'utf8')).toContain(
      'kind: other # city, country, region, border, other\n',
    );
    expect(problems()).toEqual([
      'content/places/old-quay.md:4 → description: this field is empty. One or two sentences, from the sources. For example: The new bridge over the harbour, and the dispute about it.',
      'content/places/old-quay.md:6 → coordinates.lat: found an empty value; expected a number. Latitude in degrees. For example: 56.9496',
      'content/places/old-quay.md:7 → coordinates.lon: found an empty value; expected a number. Longitude in degrees. For example: 24.1052',
    ]);
    fill(
      file,
      ['description: ""', 'description: The quay of the old harbour.'],
      ['  lat: #', '  lat: 50.51 #'],
      ['  lon: #', '  lon: 4.24 #'],
      ['# country: <place-id>', 'country: harbourtown'],
    );
    expect(problems()).toEqual([]);
  });

  it('write an organisation, a topic and a period, each valid once filled in', () => {
    expect(run('organisation', 'Port authority').stdout).toContain(
      '  2. Name it in an event by its id: organisations: [port-authority]\n',
    );
    expect(run('topic', 'Tolls', '--id', 'bridge-tolls').stdout).toContain(
      '✓ Wrote content/topics/bridge-tolls.md\n',
    );
    const period = run('period', 'Vote week');
    expect(period.stdout).toContain('  1. Fill in start and end, from the sources.\n');
    expect(problems()).toEqual([
      'content/organisations/port-authority.md:3 → description: this field is empty. One or two sentences, from the sources. For example: The new bridge over the harbour, and the dispute about it.',
      'content/periods/vote-week.md:3 → start: found ""; write a date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2021-11-30), or an approximate span as { from: 2021-03, to: 2021-05, label: spring 2021 }.',
      'content/periods/vote-week.md:4 → end: found ""; write a date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2021-11-30), or an approximate span as { from: 2021-03, to: 2021-05, label: spring 2021 }.',
      'content/topics/bridge-tolls.md:3 → description: this field is empty. One or two sentences, from the sources. For example: The new bridge over the harbour, and the dispute about it.',
    ]);
    fill('content/organisations/port-authority.md', [
      'description: ""',
      'description: Runs the port.',
    ]);
    fill('content/topics/bridge-tolls.md', [
      'description: ""',
      'description: Tolls on the bridge.',
    ]);
    fill(
      'content/periods/vote-week.md',
      ['start: ""', 'start: 2021-11-29'],
      ['end: ""', 'end: 2021-12-01'],
    );
    expect(problems()).toEqual([]);
    // Dates given as flags are written in; nothing is left to fill.
    expect(run('period', 'Works', '--start', '2022-01', '--end', '2022-02').stdout).toContain(
      '  1. Check its name and dates.\n',
    );
    expect(problems()).toEqual([]);
  });

  it('refuse to overwrite, and explain a bad id, kind or date', () => {
    const again = run('person', 'Bram Öster');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      '✗ content/people/bram-oster.md already exists. Edit it, or choose another id with --id.\n',
    );
    expect(run('person', 'Someone', '--id', 'Bram Oster').stderr).toBe(
      '✗ --id: "Bram Oster" is not an id; write lower-case letters, digits and single hyphens, such as "bram-oster".\n',
    );
    expect(run('place', 'Bridge', '--kind', 'bridge').stderr).toBe(
      '✗ --kind: found "bridge"; accepted values are city, country, region, border, other.\n',
    );
    expect(run('period', 'Late', '--start', '2021-12-01', '--end', '2021-11-30').stderr).toBe(
      '✗ --end: found "2021-11-30", which is before the start (2021-12-01). Something cannot end before it begins: correct one of the dates.\n',
    );
    expect(run('period', 'Odd', '--start', '2021-02-29').stderr).toBe(
      '✗ --start: found "2021-02-29", which is not a real calendar date: February 2021 has 28 days.\n',
    );
    const unnamed = run('topic');
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr.split('\n')[0]).toBe("✗ give the topic's name, in quotes.");
    const kindless = run('bridge', 'Harbour bridge');
    expect(kindless.status).toBe(2);
    expect(kindless.stderr.split('\n')[0]).toBe(
      '✗ the first argument must be the kind of record (person, organisation, place, topic, period).',
    );
  });
});
