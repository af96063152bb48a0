/** The catalogues of the site's words: complete in every language, plurals by the language's rules, a site's own wording laid over them. */
import { ogLocale } from '../../src/lib/og-locale.ts';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  MESSAGE_KEYS,
  shippedCatalogue,
  translator,
} from '../../src/lib/messages/catalogue.ts';

const forms = (message: unknown) =>
  (typeof message === 'string' ? [message] : Object.values(message as object)) as string[];
const placeholders = (message: unknown) =>
  [
    ...new Set(
      forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
    ),
  ].sort();

describe('message catalogues', () => {
  it.each(Object.keys(CATALOGUES))(
    '%s has every key, each with the placeholders English has',
    (language) => {
      const catalogue = CATALOGUES[language]!;
      expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS)
        expect(placeholders(catalogue[key]), `${language} ${key}`).toEqual(
          placeholders(CATALOGUES['en']![key]),
        );
    },
  );

  it('chooses the plural form by the language’s own rules', () => {
    expect(translator('en')('count.events', { count: 1 })).toBe('1 event');
    expect(translator('en')('count.events', { count: 0 })).toBe('0 events');
    expect(translator('es')('count.events', { count: 2 })).toBe('2 hechos');
    // Polish has a "few" form: 2, 3, 4, 22 … but 5 and 12 take "many".
    const pl = translator('pl', {
      'count.events': {
        one: '{count} wydarzenie',
        few: '{count} wydarzenia',
        many: '{count} wydarzeń',
        other: '{count} wydarzenia',
      },
    });
    expect([1, 2, 5, 22].map((count) => pl('count.events', { count }))).toEqual([
      '1 wydarzenie',
      '2 wydarzenia',
      '5 wydarzeń',
      '22 wydarzenia',
    ]);
  });

  it('gives each count the same form and digits when asked again', () => {
    const t = translator('ar');
    const counts = [1, 2, 11, 1000, 1, 2, 11, 1000];
    const texts = counts.map((count) => t('count.events', { count }));
    expect(texts.slice(4)).toEqual(texts.slice(0, 4));
    expect(new Set(texts.slice(0, 4)).size).toBe(4);
    expect(texts[3]).toContain(new Intl.NumberFormat('ar').format(1000));
  });

  it('takes a regional language’s catalogue from its language, and lays a site’s own wording over it', () => {
    expect(shippedCatalogue('es-MX')).toBe(CATALOGUES['es']);
    expect(shippedCatalogue('fr')).toBeUndefined();
    const t = translator('es-MX', { 'nav.timeline': 'Inicio' });
    expect([t('nav.timeline'), t('nav.sources')]).toEqual(['Inicio', 'Fuentes']);
    expect(t('entity.mapOf', { name: 'Puerto Nuevo' })).toBe('Mapa de Puerto Nuevo');
  });

  it('names a kind of event as the site does, else as its catalogue does', async () => {
    const { siteKindNames, siteSchema } = await import('../../src/schema/site.ts');
    const site = siteSchema().parse({
      title: 'T',
      description: 'D',
      language: 'es-MX',
      period: { start: '2024-03-01', end: '2024-03-02' },
      url: 'https://x.example',
      eventKinds: {
        kinds: {
          'shipping-accident': { es: 'Accidente marítimo', en: 'Shipping accident' },
          meeting: 'Junta',
        },
      },
    });
    const t = translator(site.language, {}, siteKindNames(site));
    expect(['shipping-accident', 'meeting', 'summit'].map((kind) => t.kind(kind))).toEqual([
      'Accidente marítimo',
      'Junta',
      'Cumbre',
    ]);
  });
});

describe('text direction', () => {
  it('comes from the language: right to left for Arabic, Hebrew and Persian', async () => {
    const { textDirection } = await import('../../src/lib/text-direction.ts');
    expect(['ar', 'ar-EG', 'he', 'fa', 'es', 'en'].map(textDirection)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
    ]);
  });
});

describe('Open Graph locale', () => {
  it('is language and territory, the territory the dates are written for', () => {
    expect(['en', 'en-US', 'es', 'ar', 'pt-BR', 'de'].map(ogLocale)).toEqual([
      'en_GB',
      'en_US',
      'es_ES',
      'ar_EG',
      'pt_BR',
      'de_DE',
    ]);
  });
});
