/**
 * A site in a right-to-left language, with no catalogue shipped for it: the Arabic fixture story
 * gives every message in its own messages.yaml, and the site reads right to left throughout — the
 * pages, the overview (time runs from right to left), the maps' labels, the share images — with no
 * English word of the software, and its one English article's words marked as English and left to
 * right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { searchRecord } from '../../src/derived/search-index.ts';
import { shareCardOf } from '../../src/derived/share-images.ts';
import {
  builtPages,
  englishFragments,
  englishMessagesOn,
  englishWordsOn,
} from '../helpers/foreign-site.ts';

const dist = inject('arabicDist');
const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site-ar', 'content');
const pages = builtPages(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const own = load(readFileSync(join(CONTENT, 'messages.yaml'), 'utf8')) as Record<string, unknown>;
const ownWords = Object.values(own)
  .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m as object)))
  .join(' ');

describe('a site in Arabic', () => {
  it('declares Arabic, right to left, on every page', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) expect(page.html, page.path).toContain('<html lang="ar" dir="rtl">');
  });

  it('shows no message of the English catalogue', () => {
    const fragments = englishFragments(ownWords);
    expect(fragments.length).toBeGreaterThan(100);
    expect(englishMessagesOn(pages, fragments)).toEqual([]);
  });

  it('writes no English month, weekday or common word outside the English article’s own words', () => {
    expect(englishWordsOn(pages)).toEqual([]);
  });

  it('marks the English article’s words as English, written left to right, and shows the editors’ translation', () => {
    const reopens = read('events/2024-05-08-the-coast-road-reopens/index.html');
    expect(reopens).toContain('مستنتج من عبارة «<span lang="en" dir="ltr">on Wednesday</span>» في');
    expect(reopens).toContain(
      '<blockquote><p>أعيد فتح طريق الساحل أمام حركة المرور يوم الأربعاء</p></blockquote>',
    );
    expect(reopens).toContain(
      '<summary>ترجمة المحررين عن الإنجليزية. اعرض النص الأصلي</summary><blockquote lang="en" dir="ltr"><p>The coast road reopened to traffic on Wednesday</p></blockquote>',
    );
    // The address in the citation is written left to right inside the right-to-left sentence.
    expect(reopens).toContain(
      '<span dir="ltr">https://ar.fixture.example/events/2024-05-08-the-coast-road-reopens/</span>',
    );
    // Lists take the language's own comma.
    expect(reopens).toContain('</a>، Coast Herald، نُشر');
  });

  it('names the story’s own kind of event, and the default ones, in Arabic', () => {
    const kindOf = (id: string) =>
      /<dt>النوع<\/dt><dd>([^<]*)<\/dd>/.exec(read(`events/${id}/index.html`))?.[1];
    expect(kindOf('2024-05-04-flood-closes-the-coast-road')).toBe('إغلاق طريق');
    expect(kindOf('2024-05-08-the-coast-road-reopens')).toBe('إعلان');
  });

  it('runs the overview from right to left: the earlier day’s bar is to the right', () => {
    const home = read('index.html');
    const barX = (day: string) =>
      Number(new RegExp(`href="#${day}"[^>]*><rect class="bar" x="([\\d.]+)"`).exec(home)?.[1]);
    expect(barX('2024-05-04')).toBeGreaterThan(barX('2024-05-08'));
    // The month's tick starts at the right edge, where the period starts.
    expect(home).toContain('<text x="718" y="84" class="tick">مايو 2024</text>');
  });

  it('writes a place’s name on the map to the left of its dot', () => {
    const place = read('places/coast-road/index.html');
    const [, cx, x] = /<circle cx="([\d.]+)"[^>]*><\/circle><text x="([\d.]+)"/.exec(place) ?? [];
    expect(Number(x)).toBe(Number(cx) - 10);
  });

  it('writes the pager’s arrows pointing outwards: earlier to the right, later to the left', () => {
    const page = read('events/2024-05-04-flood-closes-the-coast-road/index.html');
    expect(page).toContain('→ الأقدم');
    expect(page).toContain('الأحدث ←');
  });

  it('draws share images right to left, and names the search filters in Arabic', () => {
    const model = readWorkerModel(CONTENT);
    const closed = model.events.find((e) => e.id === '2024-05-04-flood-closes-the-coast-road')!;
    expect(shareCardOf(closed.data, model)).toMatchObject({
      date: '4 مايو 2024',
      sourcesQuoted: 'مصدر واحد مقتبس',
      direction: 'rtl',
    });
    expect(searchRecord(closed, model).filters).toEqual({
      موضوع: ['فيضان وادي النور'],
      منظمة: ['هيئة الطرق'],
      مكان: ['طريق الساحل'],
    });
    expect(
      readFileSync(join(dist, 'og', `${closed.id}.png`))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('writes feeds, the calendar and the TimelineJS file in Arabic', () => {
    expect(read('feed.xml')).toContain(
      '<description>4 مايو 2024: أغلقت السلطات طريق الساحل بعد أن غمرته مياه الفيضان.</description>',
    );
    expect(read('events.ics').replace(/\r\n /g, '')).toContain('المصادر:');
    expect(read('timeline.json')).toContain('>المصادر والاقتباسات</a>');
  });
});
