/**
 * A site in another language reads in that language: the Spanish fixture story (one of its two
 * articles in English) is built, and nothing the software writes is English — no message of the
 * English catalogue, no English month or weekday, no common English word — outside the words
 * quoted from the English article (marked lang="en"). Code (field names, file names) is not prose
 * and is left out of the count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { searchRecord } from '../../src/derived/search-index.ts';
import { shareCardOf } from '../../src/derived/share-images.ts';
import { es } from '../../src/lib/messages/es.ts';
import {
  builtPages,
  englishFragments,
  englishMessagesOn,
  englishWordsOn,
} from '../helpers/foreign-site.ts';

const dist = inject('spanishDist');
const CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site-es', 'content');
const texts = (m: unknown) =>
  typeof m === 'string' ? [m] : (Object.values(m as object) as string[]);
const pages = builtPages(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a site in Spanish', () => {
  it('declares Spanish on every page', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages)
      expect(page.html, page.path).toMatch(/^<!DOCTYPE html><html lang="es"|<html lang="es"/i);
  });

  it('shows no message of the English catalogue', () => {
    const fragments = englishFragments(Object.values(es).flatMap(texts).join(' '));
    expect(fragments.length).toBeGreaterThan(100);
    expect(englishMessagesOn(pages, fragments)).toEqual([]);
  });

  it('writes no English month, weekday or common word outside the English article’s own words', () => {
    expect(englishWordsOn(pages)).toEqual([]);
  });

  it('writes dates in Spanish and marks the English article’s words as English', () => {
    expect(pages.find((p) => p.path === 'index.html')!.html).toContain('2 de marzo de 2024');
    const refloated = read('events/2024-03-05-el-ferri-es-reflotado/index.html');
    expect(refloated).toContain('Deducida de las palabras «<span lang="en">on Tuesday</span>» en');
    // The editors' translation is shown, labelled; the verbatim original is one click away.
    expect(refloated).toContain(
      '<figure class="translated-quote"><blockquote><p>Los equipos de salvamento reflotaron el ferri Marina el martes</p></blockquote><figcaption><details><summary>Traducción de la redacción, del inglés. Ver el original</summary><blockquote lang="en"><p>Salvage crews refloated the ferry Marina on Tuesday</p></blockquote></details></figcaption></figure>',
    );
    // Quotation marks follow the site's language.
    expect(read('events/2024-03-02-el-ferri-marina-encalla/index.html')).toContain(
      '«El ferri Marina encalla frente al cabo Norte», Cronología: el ferri Marina, 2 de marzo de 2024.',
    );
  });

  it('names the story’s own kinds of event as its site.yaml does, and the default ones in Spanish', () => {
    const kindOf = (id: string) =>
      /<dt>Tipo<\/dt><dd>([^<]*)<\/dd>/.exec(read(`events/${id}/index.html`))?.[1];
    expect(kindOf('2024-03-02-el-ferri-marina-encalla')).toBe('Accidente marítimo');
    expect(kindOf('2024-03-05-el-ferri-es-reflotado')).toBe('Rescate');
    expect(kindOf('2024-03-04-la-capitana-dice-que-no-hay-heridos')).toBe('Declaración');
    const model = readWorkerModel(CONTENT);
    const aground = model.events.find((e) => e.id === '2024-03-02-el-ferri-marina-encalla')!;
    expect(searchRecord(aground, model).content).toContain('Accidente marítimo.');
  });

  it('finds a translated quote by its original words and by its translation', () => {
    const model = readWorkerModel(CONTENT);
    const refloated = model.events.find((e) => e.id === '2024-03-05-el-ferri-es-reflotado')!;
    const { content } = searchRecord(refloated, model);
    expect(content).toContain('Salvage crews refloated the ferry Marina on Tuesday.');
    expect(content).toContain('Los equipos de salvamento reflotaron el ferri Marina el martes.');
    expect(
      JSON.parse(read('events.json')).events.find((e: { id: string }) => e.id === refloated.id)
        .sources[0],
    ).toMatchObject({
      quotes: ['Salvage crews refloated the ferry Marina on Tuesday'],
      translations: ['Los equipos de salvamento reflotaron el ferri Marina el martes'],
    });
  });

  it('writes feeds, the calendar, the TimelineJS file and the CSV in Spanish', () => {
    expect(read('feed.xml')).toContain(
      '<description>5 de marzo de 2024: Los equipos de salvamento reflotan el ferri «Marina».</description>',
    );
    expect(read('topics/ferri/feed.xml')).toContain(
      'Hechos sobre El ferri Marina, los más recientes primero.',
    );
    expect(read('events.ics').replace(/\r\n /g, '')).toContain(
      '\\n\\nFuentes:\\n– El ferri Marina encalla frente al cabo Norte\\, Diario del Puerto\\, 4 de marzo de 2024',
    );
    expect(read('timeline.json')).toContain('>Fuentes y citas</a>');
    expect(read('events.csv')).toContain(',15 de marzo de 2024,scheduled,');
  });

  it('names the search filters and writes the share cards in Spanish', () => {
    const model = readWorkerModel(CONTENT);
    const captain = model.events.find(
      (e) => e.id === '2024-03-04-la-capitana-dice-que-no-hay-heridos',
    )!;
    expect(searchRecord(captain, model).filters).toEqual({
      tema: ['El ferri Marina'],
      persona: ['Lucía Ferrer'],
      lugar: ['Puerto Nuevo'],
    });
    expect(searchRecord(captain, model).content).toContain('4 de marzo de 2024');
    const service = model.events.find((e) => e.id === '2024-03-15-se-reanuda-el-servicio')!;
    expect(shareCardOf(service.data, model)).toMatchObject({
      date: '15 de marzo de 2024',
      status: 'previsto',
      sourcesQuoted: '1 fuente citada',
    });
  });
});
