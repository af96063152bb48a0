/**
 * The text of a new person, organisation, place, topic or period (npm run new-person …): every
 * field of its schema (src/schema/entity.ts), each with a short comment saying what goes there.
 * Required fields the command cannot know are left blank, so the validator asks for each; optional
 * ones are written commented out.
 */
import { PLACE_KINDS } from '../../schema/entity.ts';

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'topic', 'period'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityTemplateInput {
  name: string;
  /** A place's kind. */
  kind?: string | undefined;
  /** A period's first and last day, as written. */
  start?: string | undefined;
  end?: string | undefined;
}

/** Double-quoted YAML text, so colons and quotes in a name cannot break the file. */
const yamlText = (text: string) => JSON.stringify(text);

const spellings =
  'spellings: [] # other spellings the sources use, each checked against its article: - { text: "…", source: <source-id>, note: "…" }';
const description = 'description: "" # one or two sentences, from the sources';

const fields: Record<EntityKind, (input: EntityTemplateInput) => string[]> = {
  person: () => [
    'role: "" # role at the time of the events, as the sources give it',
    description,
    spellings,
  ],
  organisation: () => [
    description,
    '# abbreviation: "" # its short form, if one is used',
    spellings,
  ],
  place: ({ kind }) => [
    `kind: ${kind ?? 'city'} # ${PLACE_KINDS.join(', ')}`,
    description,
    'coordinates: # a representative point, for the map, in degrees',
    '  lat: # latitude, -90 to 90 (north is positive)',
    '  lon: # longitude, -180 to 180 (east is positive)',
    '# country: <place-id> # the place that is its country, if it has one here',
    spellings,
  ],
  topic: () => [description, spellings],
  period: ({ start, end }) => [
    `start: ${start ?? '""'} # its first day (or month, year): YYYY-MM-DD, YYYY-MM or YYYY`,
    `end: ${end ?? '""'} # its last day (or month, year)`,
    '# description: "" # one sentence',
  ],
};

export function entityTemplate(kind: EntityKind, input: EntityTemplateInput): string {
  const name =
    kind === 'period'
      ? `name: ${yamlText(input.name)} # as the overview shows it`
      : `name: ${yamlText(input.name)} # as the site shows it`;
  return ['---', name, ...fields[kind](input), '---', ''].join('\n');
}
