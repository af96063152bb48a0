/** The Spanish catalogue: the same keys as the English one (en.ts), which the types enforce. */
import type { Catalogue } from './catalogue.ts';
import { esDataPage } from './es-data-page.ts';

export const es: Catalogue = {
  'nav.label': 'Sitio',
  'nav.timeline': 'Cronología',
  'nav.people': 'Personas',
  'nav.organisations': 'Organizaciones',
  'nav.places': 'Lugares',
  'nav.topics': 'Temas',
  'nav.sources': 'Fuentes',
  'nav.about': 'Acerca de',
  'skip.toContent': 'Ir al contenido',
  'search.label': 'Buscar hechos',
  'search.button': 'Buscar',
  'footer.everyFact': 'Cada dato de este sitio está citado de los artículos de los que procede.',
  'footer.howMade': 'Cómo se hace esta cronología',
  'footer.openData': 'Datos abiertos',
  'footer.rss': 'RSS',
  'footer.changes': 'Correcciones',
  'footer.builtWith': 'Hecho con Chronicle.',
  'redirect.title': 'Trasladado: {title}',
  'redirect.text': 'Este hecho tiene una nueva dirección:',
  'changes.title': 'Correcciones y cambios',
  'changes.description':
    'Cada corrección, actualización y aclaración hecha en la página de un hecho desde que se publicó, y cada hecho retirado del sitio, lo más reciente primero.',
  'changes.none': 'Ninguna página de un hecho ha cambiado desde que se publicó.',
  'changes.moved': 'Direcciones anteriores',
  'changes.movedText':
    'Un hecho al que se cambió el nombre, o que se fusionó con otro, conserva su dirección anterior: ahora lleva a la página del hecho.',
  'changes.movedLine': '{old} lleva ahora a {page}',
  'changes.feedTitle': '{site}: correcciones y cambios',
  'changes.feedItem': '{kind}: {title}',
  'retired.title': 'Retirado del sitio: {title}',
  'retired.text': 'Este hecho se publicó en este sitio y se retiró el {date}, por este motivo:',
  'retired.more':
    'Todos los cambios de la cronología figuran en {log}; la {timeline} tiene todos los hechos que siguen en el sitio.',

  'entity.people': 'Personas',
  'entity.organisations': 'Organizaciones',
  'entity.places': 'Lugares',
  'entity.topics': 'Temas',
  'status.badge.scheduled': 'Previsto',
  'status.badge.cancelled': 'Cancelado',
  'status.badge.unconfirmed': 'Sin confirmar',
  'status.meaning.happened': 'Sucedió',
  'status.meaning.scheduled': 'Previsto o anunciado: aún por llegar cuando se informó',
  'status.meaning.cancelled': 'Cancelado',
  'status.meaning.unconfirmed': 'Informado, pero sin confirmar',
  'place.kind.city': 'Ciudad',
  'place.kind.country': 'País',
  'place.kind.region': 'Región',
  'place.kind.border': 'Frontera',
  'place.kind.other': 'Otro',
  // The default kinds of event (a site's own kinds are named in its site.yaml)
  'event.kind.meeting': 'Reunión',
  'event.kind.talks': 'Conversaciones',
  'event.kind.summit': 'Cumbre',
  'event.kind.visit': 'Visita',
  'event.kind.press-conference': 'Rueda de prensa',
  'event.kind.statement': 'Declaración',
  'event.kind.warning': 'Advertencia',
  'event.kind.demand': 'Exigencia',
  'event.kind.call': 'Llamamiento',
  'event.kind.announcement': 'Anuncio',
  'event.kind.report': 'Informe',
  'event.kind.military-movement': 'Movimiento militar',
  'event.kind.military-exercise': 'Ejercicio militar',
  'event.kind.military-action': 'Acción militar',
  'event.kind.diplomatic-step': 'Paso diplomático',
  'event.kind.expulsion': 'Expulsión',
  'event.kind.sanction': 'Sanción',
  'event.kind.other': 'Otro',

  'quote.marks': '«{words}»',
  'quote.translated': 'Traducción de la redacción, del {language}. Ver el original',

  'count.events': { one: '{count} hecho', other: '{count} hechos' },
  'count.sources': { one: '{count} fuente', other: '{count} fuentes' },
  'timeline.dayUnknown': 'Día desconocido',
  'timeline.corrected': 'Corregido',
  'timeline.draft': 'Borrador',
  'timeline.monthAndDayUnknown': 'Mes y día desconocidos',
  'filters.summary': 'Filtrar la cronología por tema, persona, organización o lugar',
  'filters.showAll': 'Mostrar todos los hechos',
  'filters.showing': {
    one: 'Se muestra {count} hecho: {name}.',
    other: 'Se muestran {count} hechos: {name}.',
  },

  'event.kind': 'Tipo',
  'event.status': 'Estado',
  'event.date': 'Fecha',
  'event.stated': 'Indicada en las fuentes',
  'event.statedAs': 'como «{words}»',
  'event.inferred': 'Deducida de las palabras «{words}» en',
  'event.sources': 'Fuentes',
  'event.credits': 'atribuido a {agencies}',
  'event.published': 'publicado el',
  'event.aboutSource': {
    one: 'Sobre esta fuente: {count} nota',
    other: 'Sobre esta fuente: {count} notas',
  },
  'event.disagreements': 'En qué difieren las fuentes',
  'event.versionSource': 'Fuente',
  'event.versionSays': 'Su versión',
  'event.versionWords': 'Sus palabras',
  'event.notes': 'Notas de la redacción',
  'event.correction': 'Corrección',
  'event.clarification': 'Aclaración',
  'event.noteAbout': 'sobre',
  'event.correctedOn': 'Corregido el {date}:',
  'event.draftBanner':
    'Borrador: este hecho no está publicado. Solo lo muestra npm run dev; quite draft: true de su archivo para publicarlo.',
  'event.history': 'Historial de esta página',
  'event.firstReported': 'Primera noticia',
  'event.firstReportedBy': '{date}, por {publisher}: {source}',
  'event.lag.sameDay': 'el mismo día en que ocurrió',
  'event.lag.after': {
    one: '{count} día después de ocurrir',
    other: '{count} días después de ocurrir',
  },
  'event.lag.before': {
    one: '{count} día antes de ocurrir',
    other: '{count} días antes de ocurrir',
  },
  'event.lag.afterRange': 'entre {min} y {max} días después de ocurrir',
  'event.lag.beforeRange': 'entre {min} y {max} días antes de ocurrir',
  'known.title': 'Lo que se sabía el {date}',
  'known.description':
    'Los hechos de los que informaban las fuentes publicadas hasta el {date}, cada uno solo con esas fuentes.',
  'known.lede': {
    one: 'Hasta el {date} se había informado de {count} hecho de {total}; se muestra solo con las fuentes publicadas hasta entonces.',
    other:
      'Hasta el {date} se había informado de {count} hechos de {total}; cada uno se muestra solo con las fuentes publicadas hasta entonces.',
  },
  'known.reportedBy': 'Informaron',
  'known.otherDays': 'Otros días',
  'known.fromSource': 'Lo que se sabía cuando se publicó',
  'known.aboutHeading': 'Lo que se sabía en cada momento',
  'known.aboutText':
    'Para cada día en que se publicó una fuente, una página muestra solo aquello de lo que informaban las fuentes publicadas hasta entonces:',
  'event.change.correction': 'Corrección',
  'event.change.update': 'Actualización',
  'event.change.clarification': 'Aclaración',
  'event.change.retired': 'Retirado del sitio',
  'event.neighbours': 'Hecho anterior y siguiente',
  'event.earlier': '← Anterior',
  'event.later': 'Posterior →',
  'event.related': 'Hechos relacionados',
  'event.cite': 'Cómo citar este hecho',
  'event.accessed': 'Consultado el',
  'event.accessDate': '[la fecha en que lo lea]',

  'entity.followTopic': 'Seguir este tema (RSS)',
  'entity.topicFeed': '{name}: hechos nuevos',
  'entity.mapOf': 'Mapa de {name}',
  'entity.mapOfAll': 'Mapa de los {count} lugares',
  'entity.spellings': 'Cómo lo escriben las fuentes',
  'entity.spelledIn': 'en',
  'entity.onTimeline': {
    one: '{count} hecho en la cronología.',
    other: '{count} hechos en la cronología.',
  },
  'entity.pageOf': '{name} (página {number} de {pages})',
  'entity.eventsOnPage': '{count} hechos; página {number} de {pages}',
  'entity.pagesOf': 'Páginas de {name}',
  'entity.earlierEvents': '← Hechos anteriores',
  'entity.laterEvents': 'Hechos posteriores →',
  'entity.none': 'Todavía no hay ninguno: cada uno aparece aquí cuando un hecho lo nombra.',
  'entity.indexDescription': '{count} {kind} en la cronología, cada uno con sus hechos.',

  'overview.bar.1': '{date}: {events}',
  'overview.bar.7': 'Semana del {date}: {events}',
  'overview.bar.30': '30 días desde el {date}: {events}',
  'overview.bar.365': 'Año desde el {date}: {events}',
  'overview.unit.1': 'día',
  'overview.unit.7': 'semana',
  'overview.unit.30': '30 días',
  'overview.unit.365': 'año',
  'overview.caption': {
    one: '{count} hecho fechado al día, {from} – {to}, por {unit}. Cada barra enlaza con su día.',
    other:
      '{count} hechos fechados al día, {from} – {to}, por {unit}. Cada barra enlaza con su día.',
  },
  'overview.shaded': 'Sombreado:',

  'search.filter.topics': 'tema',
  'search.filter.people': 'persona',
  'search.filter.organisations': 'organización',
  'search.filter.places': 'lugar',

  'home.byMonth': 'La cronología, mes a mes',
  'month.description': {
    one: '{count} hecho de {month}, citado de sus fuentes.',
    other: '{count} hechos de {month}, cada uno citado de sus fuentes.',
  },
  'month.others': 'Otros meses',
  'map.credit': 'Datos del mapa: Natural Earth (dominio público), fronteras según su edición.',
  'notFound.title': 'Página no encontrada',
  'notFound.description': 'No hay ninguna página en esta dirección.',
  'notFound.lede':
    'No hay ninguna página en esta dirección. Si siguió un enlace a un hecho, puede que la dirección esté mal escrita: las direcciones de los hechos empiezan por su fecha.',
  'notFound.timeline': 'Toda la cronología',
  'notFound.sources': 'Las fuentes',
  'notFound.people': 'personas',
  'notFound.places': 'lugares',
  'notFound.topics': 'temas',
  'list.and': 'y',
  // The mark between the items of a list, a space after it: ',' (Arabic '،')
  'list.comma': ',',

  'search.title': 'Buscar',
  'search.description':
    'Busque en los hechos de la cronología por palabras y filtre por tema, persona, organización o lugar.',
  'search.placeholder': 'Palabras que buscar en los hechos',
  'search.noScript.start': 'La búsqueda necesita JavaScript. Sin él, todos los hechos están en la',
  'search.noScript.timeline': 'cronología',
  'search.noScript.each': ', y cada',
  'search.noScript.topic': 'tema',
  'search.noScript.person': 'persona',
  'search.noScript.organisation': 'organización',
  'search.noScript.place': 'lugar',
  'search.noScript.end': 'tiene una página con sus hechos.',

  'sources.description': {
    one: 'El artículo del que se cita cada dato de este sitio.',
    other: 'Los {count} artículos de los que se cita cada dato de este sitio.',
  },
  'sources.lede': {
    one: 'Cada dato de este sitio está citado de este artículo. Su texto completo se guarda con el contenido del sitio, para poder comprobar cada cita.',
    other:
      'Cada dato de este sitio está citado de uno de estos {count} artículos. Sus textos completos se guardan con el contenido del sitio, para poder comprobar cada cita.',
  },
  'sources.none':
    'Todavía no hay fuentes. Aquí se listarán todos los artículos de los que se citan los hechos, con su texto completo, para que cada cita pueda comprobarse.',
  'sources.quotedIn': { one: 'citado en {count} hecho', other: 'citado en {count} hechos' },
  'sources.reliabilityNotes': {
    one: '{count} nota de fiabilidad',
    other: '{count} notas de fiabilidad',
  },
  'source.description': '{site}: cómo usa la cronología esta fuente y qué saber de ella.',
  'source.publishedBy': 'Publicado por',
  'source.byAuthor': 'de {author}',
  'source.credits': 'Atribución',
  'source.published': 'Publicado',
  'source.language': 'Idioma',
  'source.original': 'Original',
  'source.accessed': 'consultado el {date}',
  'source.archive': 'Copia archivada',
  'source.archivedCopy': 'copia archivada ({date})',
  'source.coverage': 'Cobertura',
  'source.coverageText':
    '{covered} de {total} frases ({percent} %) están citadas por {events}; {excluded} se dejan fuera a propósito (créditos, enlaces, opinión).',
  'source.whatToKnow': 'Qué saber de esta fuente',
  'source.itReads': 'Dice:',
  'source.quotedIn': { one: 'Citado en {count} hecho', other: 'Citado en {count} hechos' },
  'reliability.factual-error': 'Error de hecho',
  'reliability.misspelling': 'Error ortográfico',
  'reliability.mistranslation': 'Error de traducción',
  'reliability.spin': 'Sesgo',
  'reliability.rewritten': 'Texto reescrito',
  'reliability.boilerplate': 'Texto de relleno',
  'reliability.attribution': 'Atribución',
  'reliability.other': 'Nota',

  'about.title': 'Cómo se hace esta cronología',
  'about.description':
    'Fuentes, fechas y su precisión, fechas deducidas, discrepancias entre fuentes, correcciones y cómo colaborar.',
  'about.lede':
    'Esta cronología tiene {events} tomados de {sources}. Cada dato está citado, palabra por palabra, de los artículos de los que procede; no se añade nada de otra parte.',
  'about.none':
    'Esta cronología todavía no tiene hechos. Cada dato que muestre estará citado, palabra por palabra, de los artículos de los que procede; no se añade nada de otras fuentes.',
  'about.sourcesLink': { one: '{count} fuente', other: '{count} fuentes' },
  'about.sources.heading': 'Fuentes',
  'about.sources.text':
    'Cada fuente es un artículo cuyo texto completo se guarda con el contenido del sitio, para poder comprobar cada cita; la compilación rechaza una cita que no esté en su artículo. La página de una fuente dice quién la publicó, cuándo (y cómo se sabe), qué debe saber un lector atento —texto reescrito, nombres mal escritos o mal traducidos, errores— y cuánto de ella usa la cronología.',
  'about.dates.heading': 'Las fechas y su precisión',
  'about.dates.text':
    'Cada hecho se fecha solo con la precisión que permiten sus fuentes: un día («{day}»), un mes («{month}»), un año, o un periodo con palabras como «en primavera» o «antes del {day}». No se inventa ningún día.',
  'about.dates.count': '{imprecise} de los {events} están fechados con menos precisión que un día.',
  'about.dates.example': 'En esta cronología, por ejemplo, {event} está fechado {label}.',
  'about.inferred.heading': 'Fechas indicadas y deducidas',
  'about.inferred.text':
    'Una fecha está {stated} cuando un artículo la da, y {inferred} cuando se deduce de las palabras del artículo y de su fecha de publicación: «el martes» en un artículo publicado un domingo es el martes dos días después. La página de cada hecho dice cuál es el caso y cita las palabras. La compilación comprueba que el día de la semana nombrado en las palabras (en el idioma del artículo del que vienen) cae en la fecha indicada.',
  'about.inferred.count': '{count} de los {events} tienen fechas deducidas.',
  'about.inferred.example':
    'Por ejemplo, {event} se fecha el {date} por las palabras {words} de un artículo publicado el {published}.',
  'about.stated': 'indicada',
  'about.inferredWord': 'deducida',
  'about.status.heading': 'Hechos por llegar',
  'about.status.text':
    'Algunos hechos se anunciaron pero aún no habían ocurrido cuando se informó de ellos; están marcados como {scheduled} ({events}). La cronología no dice si luego ocurrieron, salvo que lo diga una fuente.',
  'about.scheduledWord': 'previstos',
  'about.disagreements.heading': 'Cuando las fuentes difieren',
  'about.disagreements.text':
    'Cuando los artículos dan cifras, fechas o relatos distintos, cada versión se muestra junto a las demás, con su fuente y sus propias palabras ({events}). La cronología no elige una en silencio.',
  'about.corrections.heading': 'Correcciones',
  'about.corrections.text': {
    one: 'Cuando un artículo se equivoca claramente —un cargo erróneo, un nombre mal escrito— el error no se repite como un hecho. El hecho lleva una {correction} señalada que dice qué afirma el artículo y por qué es erróneo ({count} corrección).',
    other:
      'Cuando un artículo se equivoca claramente —un cargo erróneo, un nombre mal escrito— el error no se repite como un hecho. El hecho lleva una {correction} señalada que dice qué afirma el artículo y por qué es erróneo ({count} correcciones).',
  },
  'about.correctionWord': 'corrección',
  'about.ownCorrections':
    'La cronología también se corrige a la vista. Cuando la página de un hecho cambia después de publicarse, el cambio se registra con su día y su motivo: una corrección se muestra al principio de la página, y cada cambio en el historial de la página y en {log}, que tiene su propio canal. Un hecho retirado del sitio conserva su dirección, que dice cuándo y por qué.',
  'about.links.heading': 'Enlaces que perduran',
  'about.links.text':
    'Cada hecho tiene una dirección permanente. Si un hecho cambia de nombre, su dirección anterior redirige a la nueva; las direcciones publicadas nunca se eliminan. La página de cada hecho tiene una cita lista para copiar. Los datos del sitio son {open}.',
  'about.openWord': 'abiertos',
  'about.contribute.heading': 'Cómo colaborar',
  'about.contribute.text':
    'Los hechos son archivos de texto, uno por hecho, que se añaden mediante solicitudes de cambios; cada cambio se comprueba automáticamente antes de publicarse.',
  'about.contribute.repository': 'Consulte el {repository} y su guía para colaborar.',
  'about.repositoryWord': 'repositorio',
  'about.contribute.noRepository':
    'Consulte la guía para colaborar que acompaña al código del sitio.',

  'share.siteCardAlt': '{site}, {period}',
  'share.sourcesQuoted': { one: '{count} fuente citada', other: '{count} fuentes citadas' },

  'feed.topicTitle': '{site}: {topic}',
  'feed.topicDescription': 'Hechos sobre {topic}, los más recientes primero.',
  'calendar.sources': 'Fuentes:',
  'timelinejs.sourcesLink': 'Fuentes y citas',

  // Empty site: a new story's home page before its first event (npm run new-story)
  'home.empty':
    'Todavía no hay hechos. La cronología del {from} al {to} se irá completando a medida que se añadan, cada uno citado de sus fuentes.',

  // Inserciones: una página de la cronología dentro del artículo de otro sitio
  'embed.documentTitle': '{title} – {site}',
  'embed.from': 'De {site}',
  'embed.fullEvent': 'El hecho completo, con sus fuentes',
  'embed.noEvents': 'Todavía no hay hechos.',
  'embed.summary': 'Insertar',
  'embed.lede':
    'Para mostrarlo en su propia página, copie en ella el código de abajo. El marco funciona por sí solo, con una altura fija; el script que lo sigue le da la altura de lo que muestra.',
  'embed.codeLabel': 'Código para insertar {name}',
  'embed.themes':
    'Sigue el modo claro u oscuro del lector; para elegir uno, añada `?theme=light` o `?theme=dark` a su dirección.',
  'embed.oembed':
    'Un sitio que lee oEmbed crea el mismo marco a partir de un enlace a esta página.',

  ...esDataPage,
};
