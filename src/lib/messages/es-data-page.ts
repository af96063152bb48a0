/** Las palabras de la página de datos abiertos, parte del catálogo español (es.ts). */
import type { enDataPage } from './en-data-page.ts';
import type { Message } from './catalogue.ts';

export const esDataPage: Record<keyof typeof enDataPage, Message> = {
  'data.title': 'Datos abiertos',
  'data.description':
    'Todos los hechos de esta cronología, con sus fuentes y citas, en JSON, CSV, un calendario, un archivo de TimelineJS y un canal RSS.',
  'data.lede':
    'Todos los hechos de este sitio, con sus fuentes y las palabras citadas de ellas, se pueden descargar y reutilizar. Los archivos se hacen de los mismos registros que las páginas, en cada construcción del sitio. Ninguno lleva la hora en que se hizo: mientras el contenido no cambie, cada archivo queda igual, byte a byte.',
  'data.list.json': '{file}: todos los hechos con todos sus campos ({events}), y su {schema}.',
  'data.list.schemaWord': 'esquema JSON',
  'data.list.csv': '{file}: una fila por hecho, para hojas de cálculo.',
  'data.list.calendar': '{file}: los {events} fechados al día, para programas de calendario.',
  'data.list.timeline': '{file}: todos los hechos para TimelineJS.',
  'data.list.feed': '{file}: un canal RSS, una entrada por hecho.',
  'data.list.changes':
    '{file}: un canal RSS del registro de correcciones, una entrada por cambio en la página de un hecho y por hecho retirado del sitio.',
  'data.json.shape':
    'Un objeto JSON: `version` (de este formato, ahora {version}; el número mayor cambia solo cuando se quita un campo o cambia su significado), `generator`, `site`, `generated` y `events`. `generated` no es la hora de la construcción sino el último día al que llega una fecha de un hecho o de una fuente del archivo: solo se mueve cuando cambian los datos.',
  'data.json.order':
    'Los hechos siguen el orden de la cronología: primero los más antiguos; el mismo primer día, primero la fecha menos precisa, luego por título. Cada persona, organización, lugar, tema y fuente a la que remite un hecho figura con su nombre (un lugar también con sus coordenadas, una fuente con su titular, sitio, fecha y las citas en que se apoya). El `source` de `dating`, de la versión de una discrepancia o de una nota es el id de una de las `sources` del hecho. Un campo que no aplica (un hecho sin final ni hora, un artículo sin dirección conocida) se omite, nunca es `null`; las listas siempre están, vacías cuando no hay nada.',
  'data.json.dates':
    'Las fechas tienen una sola forma: `text` tal como se escribió, `precision` (`day`, `month`, `year` o `span`), y el día más temprano (`earliest`) y el más tardío (`latest`) que la fecha puede significar; un intervalo tiene además su `label`, y uno que las fuentes fechan solo «para» un día tiene `openStart: true`.',
  'data.json.spanEnd':
    'Una sola regla da el final de un hecho en todos los archivos y en todas las páginas: es el último día que el hecho pudo durar, el día `latest` de su `end` (o, sin `end`, de su comienzo). La columna `end` del CSV, el `end_date` de TimelineJS, el `endDate` del JSON-LD de la página de un hecho y el calendario (cuyo `DTEND` es, como lo quiere iCalendar, el día siguiente) dan todos ese día; un hecho sin final y cuyo comienzo no es un intervalo no tiene final en el archivo de TimelineJS ni en el JSON-LD.',
  'data.json.schema':
    '{schema} describe el archivo en JSON Schema (draft 2020-12; sus descripciones están en inglés). Se genera de las mismas definiciones con que el sitio comprueba el archivo, y enumera estos campos:',
  'data.table.field': 'Campo',
  'data.table.required': 'Siempre presente',
  'data.table.yes': 'sí',
  'data.table.meaning': 'Qué es',
  'data.table.column': 'Columna',
  'data.table.holds': 'Qué contiene',
  'data.csv.text':
    'Valores separados por comas, como los describe el RFC 4180: una fila de encabezado y luego una fila por hecho en el orden de la cronología; las líneas terminan en CR LF; un campo va entre comillas cuando contiene una coma, unas comillas o un salto de línea. El texto es UTF-8 sin marca de orden de bytes (en una hoja de cálculo, impórtelo como UTF-8). Una celda con varios valores los separa con «{separator}» y un espacio. Las citas, las discrepancias y las notas solo están en events.json.',
  'data.ics.text': {
    one: 'Un archivo iCalendar (RFC 5545) con {events}: los fechados a un solo día, con un final (si lo hay) también fechado al día. Cada uno es un evento de día entero, de su primer día al último; el {count} hecho fechado solo a un mes, un año o un intervalo aproximado queda fuera, porque un calendario no puede mostrar una fecha menos precisa que un día. La hora, cuando las fuentes la dan, solo está en events.json.',
    other:
      'Un archivo iCalendar (RFC 5545) con {events}: los fechados a un solo día, con un final (si lo hay) también fechado al día. Cada uno es un evento de día entero, de su primer día al último; los {count} hechos fechados solo a un mes, un año o un intervalo aproximado quedan fuera, porque un calendario no puede mostrar una fecha menos precisa que un día. La hora, cuando las fuentes la dan, solo está en events.json.',
  },
  'data.ics.fields':
    'Cada hecho conserva el mismo `UID` (su id y el nombre de host del sitio) de una construcción a otra, así un calendario suscrito lo actualiza en vez de añadirlo dos veces. Su `URL` es la página del hecho; su descripción, el resumen y las fuentes. `STATUS` es `CONFIRMED` para un hecho ocurrido, `CANCELLED` para uno cancelado y `TENTATIVE` para uno solo previsto o sin confirmar. `DTSTAMP` es el mismo día que `generated` en events.json.',
  'data.timelinejs.text':
    'Todos los hechos en el {format}, el visor de cronologías de Knight Lab: una diapositiva de título y luego una por hecho con su `unique_id` (el id del hecho), titular, resumen y un enlace a su página. Una fecha da solo lo que se sabe (un mes no tiene día; un año, ni mes ni día); un intervalo aproximado va de su primer a su último día posible, con sus palabras como `display_date`. Las diapositivas no tienen `group`: un hecho pertenece a varios temas, y TimelineJS admite un grupo por diapositiva. Para mostrarlo, pase su dirección, {address}, a `new TL.Timeline(…)`.',
  'data.timelinejs.formatWord': 'formato JSON de TimelineJS 3',
  'data.rss.text':
    'Un canal RSS 2.0 con una entrada por hecho, ordenadas por la fecha del hecho, de la más reciente a la más antigua: por el primer día en que cada hecho pudo ocurrir, y los hechos del mismo día en el orden de la cronología. La fecha de una entrada es ese día, no el día en que el hecho se añadió al sitio: el contenido no registra cuándo se añadió, y una fecha tomada del reloj cambiaría el canal en cada construcción. Por eso un lector de canales puede mostrar entradas con fechas pasadas. Cada entrada enlaza con la página del hecho y nombra sus temas como categorías.',
  'data.changesFeed.text':
    'Un canal RSS 2.0 del registro de correcciones: una entrada por cada cambio registrado en la página de un hecho (una corrección, una actualización o una aclaración) y por cada hecho retirado del sitio, lo más reciente primero. La fecha de una entrada es el día del cambio, tal como lo registró su editor. Enlaza con el cambio en el historial de la página del hecho o, para un hecho retirado, con la página de su antigua dirección que explica por qué.',

  'data.field.version': 'Versión de este formato (versionado semántico).',
  'data.field.generator': 'El programa que escribió el archivo.',
  'data.field.site': 'El sitio del que vienen los datos.',
  'data.field.site.title': 'Título del sitio.',
  'data.field.site.url': 'Dirección absoluta de la portada del sitio.',
  'data.field.generated':
    'El último día al que llega una fecha de un hecho o de una fuente: cambia solo cuando cambian los datos, nunca con el reloj.',
  'data.field.events': 'Todos los hechos, en el orden de la cronología: primero los más antiguos.',
  'data.field.events[].id': 'Id permanente del hecho (el nombre de su archivo).',
  'data.field.events[].url': 'Dirección absoluta de la página del hecho.',
  'data.field.title': 'Titular breve del hecho.',
  'data.field.kind': 'Qué clase de hecho es: uno de los tipos de hecho del sitio.',
  'data.field.status':
    'happened (ocurrido); scheduled (anunciado, aún por venir cuando se informó); cancelled (cancelado); unconfirmed (sin confirmar).',
  'data.field.summary': 'Una frase para la cronología.',
  'data.field.start': 'Cuándo empezó.',
  'data.field.end': 'Cuándo terminó, para hechos de varios días; si no, se omite.',
  'data.field.text':
    'La fecha tal como se escribió: AAAA-MM-DD, AAAA-MM, AAAA, o la etiqueta de un intervalo.',
  'data.field.precision':
    'Cuán precisa es la fecha: day (día), month (mes), year (año) o span (intervalo).',
  'data.field.earliest':
    'Primer día que la fecha puede significar (para un intervalo que solo se sabe que termina «para» un día: donde lo sitúa la cronología).',
  'data.field.latest': 'Último día que la fecha puede significar.',
  'data.field.label': 'Solo para intervalos: las palabras que ven los lectores.',
  'data.field.openStart':
    'Solo para intervalos que las fuentes fechan «para» un día: no se conoce el primer día.',
  'data.field.time': 'Hora local HH:MM, cuando las fuentes la dan.',
  'data.field.timezone': 'Zona horaria IANA de la hora.',
  'data.field.dating': 'Cómo se sabe la fecha.',
  'data.field.dating.basis': 'stated: una fuente da la fecha; inferred: deducida de sus palabras.',
  'data.field.dating.words': 'Las palabras de la fuente de las que sale la fecha.',
  'data.field.dating.source':
    'Id de la fuente (una de las del hecho) en la que están esas palabras.',
  'data.field.dating.reasoning': 'Cómo se sigue la fecha de las palabras.',
  'data.field.people': 'Personas implicadas, en el orden en que las puso la redacción.',
  'data.field.organisations': 'Organizaciones implicadas.',
  'data.field.places': 'Lugares implicados, con un punto para los mapas.',
  'data.field.topics': 'Temas a los que pertenece el hecho.',
  'data.field.id': 'Id del registro (el nombre de su archivo), estable entre versiones.',
  'data.field.name': 'Nombre canónico, tal como lo muestra el sitio.',
  'data.field.coordinates': 'Un punto representativo del lugar.',
  'data.field.lat': 'Latitud en grados.',
  'data.field.lon': 'Longitud en grados.',
  'data.field.sources':
    'Todos los artículos que informan del hecho, con las citas en que se apoya.',
  'data.field.sources[].id': 'Id de la fuente (el nombre de su archivo).',
  'data.field.headline': 'El titular del artículo.',
  'data.field.sources[].site': 'El sitio web o el medio que lo publicó.',
  'data.field.published': 'Fecha de publicación, tan precisa como permiten los indicios.',
  'data.field.sources[].url': 'Dónde se publicó el artículo, cuando se sabe.',
  'data.field.sources[].accessDate':
    'El día en que se consultó por última vez el artículo en su url, AAAA-MM-DD.',
  'data.field.sources[].archiveUrl': 'Una copia del artículo en un archivo web.',
  'data.field.sources[].archiveDate': 'El día en que se hizo la copia archivada, AAAA-MM-DD.',
  'data.field.quotes': 'Las palabras del artículo en que se apoya este hecho, textuales.',
  'data.field.translations':
    'Las traducciones de la redacción de las citas a la lengua del sitio, en el mismo orden (null donde una cita no tiene); solo cuando alguna cita la tiene.',
  'data.field.disagreements': 'Donde las fuentes dan versiones distintas.',
  'data.field.about': 'En qué discrepan las fuentes.',
  'data.field.versions': 'La versión de cada fuente, una junto a otra.',
  'data.field.versions[].source': 'Id de la fuente (una de las del hecho) que da esta versión.',
  'data.field.says': 'La versión de esta fuente, en breve.',
  'data.field.versions[].quote': 'Las palabras de la fuente para esta versión, textuales.',
  'data.field.notes': 'Notas de la redacción: correcciones y aclaraciones señaladas.',
  'data.field.notes[].kind':
    'correction: una fuente se equivoca claramente; clarification: contexto.',
  'data.field.notes[].text': 'La nota, tal como la ven los lectores.',
  'data.field.notes[].source': 'Id de la fuente de la que trata la nota.',
  'data.field.changes':
    'Lo que se cambió en la página del hecho después de publicarse, lo más reciente primero; el mismo id, cambiado en su sitio.',
  'data.field.changes[].kind':
    'correction: la página decía algo erróneo; update: se sabe algo nuevo; clarification: no estaba claro.',
  'data.field.changes[].date': 'El día en que se cambió la página, AAAA-MM-DD.',
  'data.field.changes[].what': 'Qué cambió: lo que decía la página y lo que dice ahora.',
  'data.field.changes[].why': 'Por qué cambió.',
  'data.field.aliases': 'Ids anteriores del hecho; sus direcciones antiguas redirigen a url.',

  'data.column.id': 'Id permanente del hecho.',
  'data.column.url': 'Dirección de la página del hecho.',
  'data.column.start': 'Primer día en que pudo empezar, AAAA-MM-DD.',
  'data.column.end':
    'Último día en que pudo terminar (de su fecha de final, o si no de la de inicio), AAAA-MM-DD.',
  'data.column.precision': 'Cuán precisa es la fecha de inicio: day, month, year o span.',
  'data.column.date': 'La fecha en palabras, como la muestra el sitio.',
  'data.column.status': 'happened, scheduled, cancelled o unconfirmed.',
  'data.column.kind': 'Qué clase de hecho, por el id de su tipo: meeting, statement …',
  'data.column.title': 'Titular breve.',
  'data.column.summary': 'Una frase.',
  'data.column.people': 'Nombres de las personas implicadas.',
  'data.column.organisations': 'Nombres de las organizaciones implicadas.',
  'data.column.places': 'Nombres de los lugares implicados.',
  'data.column.topics': 'Nombres de los temas.',
  'data.column.source_count': 'Cuántos artículos informan del hecho.',
  'data.column.source_ids': 'Ids de esos artículos.',
  // Las inserciones, en la página de datos
  'data.embeds.title': 'Inserciones',
  'data.embeds.lede':
    'Cada hecho, y cada lista de hechos, puede mostrarse dentro de la página de otro sitio: el desplegable «Insertar» al pie de su página da el código que copiar. Cada dirección está bajo {root}:',
  'data.embeds.event':
    '`embed/events/[id]/`: la ficha de un hecho; su tamaño oEmbed es {width} × {height}.',
  'data.embeds.list':
    '`embed/`, `embed/timeline/[month]/`, `embed/periods/[id]/`, `embed/people/[id]/` (e igual para organizaciones, lugares y temas): la cronología entera, un mes, un periodo, los hechos de una persona, en páginas de {pageSize} como las listas del propio sitio; su tamaño oEmbed es {width} × {height}.',
  'data.embeds.oembed':
    '`oembed/events/[id].json`, e igual para cada inserción (`oembed/index.json` para la cronología entera): su documento oEmbed, de tipo rich, nombrado por un enlace en la cabecera de la página completa. Un archivo estático da un solo tamaño: no responde a maxwidth ni a maxheight.',
  'data.embeds.height':
    'Una inserción envía su altura a la página que la rodea en un mensaje, `{ type: "chronicle:embed-height", height }`; el script del código de inserción solo lo acepta de {origin}. Añadir `?theme=light` o `?theme=dark` a la dirección de una inserción fija sus colores.',
};
