/**
 * A share card as satori and resvg drew it before the project drew its own (src/derived/share-card.ts):
 * the same boxes, fonts and colours as a satori element tree. Kept for the tests only, which hold
 * the project's renderer to what satori and resvg draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { clip, type ShareCard } from '../../src/derived/share-card.ts';

const RLM = '\u200f';
const fontDir = join(
  createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'),
  '..',
  'ttf',
);
const fonts = [
  {
    name: 'DejaVu Sans',
    data: readFileSync(join(fontDir, 'DejaVuSans.ttf')),
    weight: 400 as const,
  },
  {
    name: 'DejaVu Sans',
    data: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')),
    weight: 700 as const,
  },
];

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({
  type,
  props: { style, children },
});

function tree(c: ShareCard) {
  const rtl = c.direction === 'rtl';
  const text = {
    display: 'flex',
    width: 1072,
    ...(rtl ? { justifyContent: 'flex-end', textAlign: 'right' } : {}),
  };
  const words = (s: string) => (rtl ? `${RLM}${s}${RLM}` : s);
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

/** The card's RGBA pixels as satori laid it out and resvg filled it. */
export async function satoriCardPixels(c: ShareCard): Promise<Uint8Array> {
  const svg = await satori(tree(c), { width: 1200, height: 630, fonts });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}
