/** Reads `messages.yaml`, a site's own wording of the catalogue's messages, if the content keeps one. */
import { MESSAGES_FILE_NAME, type MessagesFile } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { messagesSchema } from '../schema/messages.ts';
import { readOptionalYamlFile } from './yaml-file.ts';

export const MESSAGES_FILE = MESSAGES_FILE_NAME;

export function readMessagesFile(
  contentRoot: string,
  projectRoot: string,
): { messages?: MessagesFile; problems: Problem[] } {
  const read = readOptionalYamlFile(contentRoot, MESSAGES_FILE, projectRoot, messagesSchema(), {
    singular: 'message list',
    whenEmpty: {},
  });
  if (!read) return { problems: [] };
  return {
    messages: { file: read.file, entries: read.data, lineOf: read.lineOf },
    problems: read.problems,
  };
}
