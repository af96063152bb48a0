/**
 * What a host page pastes to show an embed: the iframe, usable on its own (a fixed height, and the
 * frame scrolls), and a few lines of script that let the frame take its content's height from the
 * messages the embed sends. The script takes a message only from the site's origin and only of the
 * embed's shape, and sizes only the frame that sent it.
 */
import { escapeMarkup } from '../exports/display.ts';

/** The message an embed sends its host: `{ type, height }`, height in CSS pixels. */
export const HEIGHT_MESSAGE = 'chronicle:embed-height';

/**
 * The fixed sizes the static oEmbed documents give (a static file cannot answer `maxwidth`), and
 * the iframe's height before the script resizes it: an event's card, and a list of events.
 */
export const EMBED_SIZES = {
  event: { width: 560, height: 320 },
  list: { width: 640, height: 640 },
} as const;

export type EmbedShape = keyof typeof EMBED_SIZES;

/** The iframe: full width of the host's column, lazy, titled for screen readers. */
export function iframeSnippet(src: string, title: string, shape: EmbedShape): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${EMBED_SIZES[shape].height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The host's script: sets each Chronicle frame's height from its own messages. */
export function heightScript(origin: string): string {
  return `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${HEIGHT_MESSAGE}"||typeof d.height!=="number")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`;
}

/** Both, as the "Embed" disclosure and the oEmbed `html` give them. */
export function embedSnippet(src: string, title: string, shape: EmbedShape): string {
  return `${iframeSnippet(src, title, shape)}\n${heightScript(new URL(src).origin)}`;
}
