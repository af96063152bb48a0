/**
 * The share image of an event (1200×630 PNG), drawn at build time with satori
 * and resvg in DejaVu Sans, which covers all of Latin Extended (Ž, ė, š …) and
 * arrows. share-card-cache.ts keeps what was drawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { indexedPng } from './indexed-png.ts';

export interface ShareCard {
  siteTitle: string;
  date: string;
  title: string;
  summary: string;
  /** The status in words, when it is not the usual "happened": "scheduled". */
  status?: string | undefined;
  /** How many sources report it, in words: "2 sources quoted". */
  sourcesQuoted: string;
  /** Given for a right-to-left site only (so the cache keys of other cards stay as they were). */
  direction?: 'rtl' | undefined;
}

/**
 * Right-to-left text, with a right-to-left mark at each end: a full stop or a figure at an end of
 * the text then stays at that end of the line.
 */
const RLM = '\u200f';

const require = createRequire(import.meta.url);
const fontDir = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= [
    {
      name: 'DejaVu Sans',
      data: readFileSync(join(fontDir, 'DejaVuSans.ttf')),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'DejaVu Sans',
      data: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({
  type,
  props: { style, children },
});
/** Shortens text to a word boundary, so a card never ends in half a word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function card(c: ShareCard) {
  const rtl = c.direction === 'rtl';
  const text = {
    display: 'flex',
    width: 1072,
    ...(rtl ? { justifyContent: 'flex-end', textAlign: 'right' } : {}),
  };
  const words = (s: string) => (rtl ? `${RLM}${s}${RLM}` : s);
  // The bar along the top is a box of its own, not a border: satori draws a border as a stroke
  // inside three clip paths, which cost resvg a sixth of its time a card, for the same pixels.
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      background: '#fdfdfb',
      color: '#1b1b1f',
      fontFamily: 'DejaVu Sans',
    },
    [
      el('div', { width: 1200, height: 16, background: '#0b5cad' }, []),
      // satori sizes the content box: 1200×614 less the padding.
      el(
        'div',
        {
          width: 1072,
          height: 510,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '48px 64px 56px',
        },
        [
          el('div', { display: 'flex', flexDirection: 'column', width: 1072 }, [
            el(
              'div',
              { ...text, fontSize: 30, color: '#0b5cad', fontWeight: 700 },
              words(`${c.date}${c.status ? ` · ${c.status}` : ''}`),
            ),
            el(
              'div',
              { ...text, fontSize: 52, fontWeight: 700, lineHeight: 1.15, marginTop: 16 },
              words(clip(c.title, 90)),
            ),
            el(
              'div',
              { ...text, fontSize: 28, lineHeight: 1.35, marginTop: 24, color: '#3d3e45' },
              words(clip(c.summary, 150)),
            ),
          ]),
          el(
            'div',
            {
              display: 'flex',
              width: 1072,
              justifyContent: 'space-between',
              // The site's title at the start of the line, on the right when the site reads right to left.
              flexDirection: rtl ? 'row-reverse' : 'row',
              fontSize: 26,
              color: '#55565e',
            },
            [el('div', {}, words(clip(c.siteTitle, 60))), el('div', {}, words(c.sourcesQuoted))],
          ),
        ],
      ),
    ],
  );
}

/**
 * resvg keeps each card's pixels (3 MB) outside the JavaScript heap until the
 * object holding them is finalised, and Node runs such finalisers from the
 * event loop: cards drawn one after another without the loop turning held
 * 1 GB after 300. So every fifth card the loop is let turn.
 */
let drawnSinceRelease = 0;
async function releasePixels(): Promise<void> {
  if (++drawnSinceRelease < 5) return;
  drawnSinceRelease = 0;
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * satori and resvg are loaded on the first card actually drawn: a build whose
 * cards all come from the cache never compiles satori's WebAssembly layout
 * engine, work that otherwise runs on the threads the page build shares.
 */
let drawing:
  Promise<[typeof import('satori').default, typeof import('@resvg/resvg-js').Resvg]> | undefined;
function drawingTools() {
  drawing ??= Promise.all([import('satori'), import('@resvg/resvg-js')]).then(
    ([s, r]) => [s.default, r.Resvg] as const,
  );
  return drawing;
}

export async function renderShareCard(c: ShareCard): Promise<Buffer> {
  const [satori, Resvg] = await drawingTools();
  const svg = await satori(card(c), { width: 1200, height: 630, fonts: loadFonts() });
  // satori has already turned the text into outlines: resvg needs no fonts, and looking for the
  // system's cost time on every card.
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  }).render();
  // The same pixels as resvg's own PNG, written as a palette in a quarter of the time.
  const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  await releasePixels();
  return png;
}
