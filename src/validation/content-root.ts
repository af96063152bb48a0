/**
 * Where the story lives. A fork, or a test, points Chronicle at another
 * content folder with CHRONICLE_CONTENT; nothing else in src/ names the story.
 */
export function contentRoot(): string {
  return process.env.CHRONICLE_CONTENT || 'content';
}
