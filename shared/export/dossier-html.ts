import { escapeHtml } from '../notes/html';
import { isoFromParts, longDate } from './dates';
import type { Dossier, DossierQuote } from './dossier';
import { htmlDocument } from './html-document';
import { quotedText } from './quote-card';
import { styledToHtml } from './styled';

const KIND_LABELS: Record<Dossier['entity']['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  state: 'State',
  treaty: 'Treaty',
  other: 'Entity',
};

/** Print styles: A4 pages, serif body text, quotes never split across pages, links printed as text. */
export const DOSSIER_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0; }
header.dossier-head { border-bottom: 2px solid #111; padding-bottom: 6pt; margin-bottom: 12pt; }
.dossier-kind { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #555; margin: 0; }
.dossier-kind .kind { letter-spacing: .08em; text-transform: uppercase; }
h1 { font-size: 22pt; line-height: 1.15; margin: 2pt 0 4pt; }
h2 { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #bbb; break-after: avoid; }
.aliases, .description { margin: 2pt 0; }
.aliases { color: #444; font-style: italic; }
table.timeline { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.timeline td { padding: 3pt 6pt 3pt 0; vertical-align: top; border-bottom: 1px solid #e3e3e3; }
table.timeline td.date { white-space: nowrap; width: 28%; font-variant-numeric: tabular-nums; }
figure.quote { margin: 0 0 10pt; padding: 0 0 0 10pt; border-left: 3px solid #888; break-inside: avoid; }
figure.quote blockquote { margin: 0; font-size: 11pt; }
figure.quote figcaption { margin-top: 3pt; font-size: 9pt; color: #333; }
.speaker { font-weight: bold; }
.tags, .comment { font-size: 8.5pt; color: #555; margin: 2pt 0 0; }
ol.sources { padding-left: 16pt; font-size: 9pt; }
ol.sources li { margin-bottom: 4pt; break-inside: avoid; }
.empty { color: #666; font-style: italic; }
`;

function quoteFigure(quote: DossierQuote): string {
  const speaker = quote.speaker ? `<span class="speaker">${escapeHtml(quote.speaker)}</span>, quoted in ` : '';
  const note = styledToHtml(quote.note);
  const tags = quote.tags.length ? `<p class="tags">Also about: ${escapeHtml(quote.tags.join(', '))}</p>` : '';
  const comment = quote.comment ? `<p class="comment">Note: ${escapeHtml(quote.comment)}</p>` : '';
  return [
    '<figure class="quote">',
    `<blockquote><p>${escapeHtml(quotedText(quote.text))}</p></blockquote>`,
    `<figcaption>— ${speaker}${note}</figcaption>`,
    tags,
    comment,
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}

function quoteSection(title: string, quotes: DossierQuote[], empty: string): string {
  const body = quotes.length ? quotes.map(quoteFigure).join('\n') : `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<section>\n<h2>${escapeHtml(title)} (${quotes.length})</h2>\n${body}\n</section>`;
}

function timelineSection(dossier: Dossier): string {
  if (!dossier.timeline.length) return '';
  const rows = dossier.timeline.map(
    (event) =>
      `<tr class="${event.kind}"><td class="date"><time datetime="${isoFromParts(event.date)}">${longDate(event.date)}</time></td><td>${escapeHtml(event.label)}</td></tr>`,
  );
  return `<section>\n<h2>Timeline</h2>\n<table class="timeline">\n${rows.join('\n')}\n</table>\n</section>`;
}

/** The dossier's body, for printing inside the app (the browser's print) as well as in the PDF document. */
export function renderDossierBody(dossier: Dossier): string {
  const { entity } = dossier;
  const head = [
    '<header class="dossier-head">',
    `<p class="dossier-kind"><span class="kind">${KIND_LABELS[entity.kind]} dossier</span> · made with Quire on ${longDate(dossier.madeOn)}</p>`,
    `<h1>${escapeHtml(entity.name)}</h1>`,
    entity.aliases.length ? `<p class="aliases">Also: ${escapeHtml(entity.aliases.join(', '))}</p>` : '',
    entity.description.trim() ? `<p class="description">${escapeHtml(entity.description.trim())}</p>` : '',
    '</header>',
  ].filter(Boolean);
  const sources = dossier.sources.length
    ? `<section>\n<h2>Sources (${dossier.sources.length})</h2>\n<ol class="sources">\n${dossier.sources.map((s) => `<li>${styledToHtml(s)}</li>`).join('\n')}\n</ol>\n</section>`
    : '';
  return [
    '<article class="dossier">',
    ...head,
    timelineSection(dossier),
    // A treaty does not speak: its dossier has no empty "Quotes by" section.
    entity.kind !== 'treaty' || dossier.saidBy.length ? quoteSection(`Quotes by ${entity.name}`, dossier.saidBy, `No quotes by ${entity.name} yet.`) : '',
    quoteSection(`Quotes about ${entity.name}`, dossier.about, `No quotes tagged with ${entity.name} yet.`),
    sources,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A self-contained, print-ready HTML document of the dossier (what `report:pdf` prints). */
export function renderDossierHtml(dossier: Dossier): string {
  return htmlDocument({ title: `${dossier.entity.name}: dossier`, css: DOSSIER_CSS, body: renderDossierBody(dossier) });
}
