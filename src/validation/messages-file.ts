/** Reads `messages.yaml`, a site's own wording of the catalogue's messages, if the content keeps one. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES_FILE_NAME, type MessagesFile } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { messagesSchema } from '../schema/messages.ts';
import { displayPath } from './read-records.ts';
import { readYamlFile } from './yaml-file.ts';

export const MESSAGES_FILE = MESSAGES_FILE_NAME;

export function readMessagesFile(
  contentRoot: string,
  projectRoot: string,
): { messages?: MessagesFile; problems: Problem[] } {
  const path = join(contentRoot, MESSAGES_FILE);
  if (!existsSync(path)) return { problems: [] };
  const file = displayPath(path, projectRoot);
  const {
    data = {},
    problems,
    lineOf,
  } = readYamlFile(path, file, messagesSchema(), { singular: 'message list', whenEmpty: {} });
  return { messages: { file, entries: data, lineOf }, problems };
}
