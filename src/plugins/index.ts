/**
 * The Markdown pipeline (remark → rehype) used by the build. Order matters:
 * editors' raw HTML is sanitised first, then our own transforms run on what is left.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeLinkPolicy from './rehype-link-policy.ts';

export const remarkPlugins = [];
export const rehypePlugins = [rehypeSanitize, rehypeLinkPolicy];
