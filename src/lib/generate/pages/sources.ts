/** The sources index and the data of each article's page: metadata, cleaned text with an anchor on every sentence, and what was extracted. */
import type { RootContent } from 'mdast';
import type { ArticleData } from '../../pipeline.ts';
import type { GeneratedPage } from '../serialize.ts';
import { a, em, h, join, p, table, ul } from '../mdast.ts';
import { mdastToHtml } from '../html.ts';
import type { SourcePageData, SourceParagraph } from '../../schema/source-page.ts';
import { formatDate, sourceLabel, sourceTitle, sourceUrl } from '../cite.ts';
import { actorLink, stanceLabel } from '../fragments.ts';
import { quoteCard } from '../cards.ts';
import type { SiteModel } from '../site-model.ts';

const here = (sentence: string) => a(`#${sentence}`, 'sentence');

/** Builds the sources index page. */
export function buildSourcesIndexPage(model: SiteModel): GeneratedPage {
  return {
    path: 'sources/index',
    frontmatter: {
      title: 'Sources',
      description: 'The articles this site is built from, with their metadata and what was extracted from each.',
      kind: 'explainer',
      nav: 6,
      generated: true,
    },
    body: [
      p(
        'Every statement on this site links to a sentence in one of these articles. Each source page shows the cleaned text with every sentence anchored, and everything taken from it.',
      ),
      table(
        [['Article'], ['Outlet'], ['Published'], ['Quotes'], ['Figures'], ['Events']],
        model.articles.map((art) => [
          [a(sourceUrl(art.source.id), sourceTitle(art.source))],
          [art.source.outlet ?? 'unknown'],
          [formatDate(art.source.published)],
          [String(art.quotes.length)],
          [String(art.figures.length)],
          [String(art.events.length)],
        ]),
      ),
    ],
  };
}

/**
 * Builds the data of one source article's page: metadata, the cleaned text sentence by sentence
 * (so every sentence keeps its anchor), and what was extracted, as HTML rendered from mdast.
 * Source pages are rendered from this data by one Astro route instead of one MDX file each,
 * because compiling thousands of MDX modules dominates the build time and memory of large sites.
 */
export function buildSourcePageData(model: SiteModel, art: ArticleData): SourcePageData {
  const { source } = art;
  const inferred = (field: ArticleData['inferred'][number]) =>
    art.inferred.includes(field) ? ' (inferred from the text)' : '';
  const intro: RootContent[] = [
    ul([
      [`Outlet: ${source.outlet ?? 'unknown'}${inferred('outlet')}`],
      [`Published: ${formatDate(source.published)}${inferred('published')}`],
      [`Authors: ${source.authors.length ? source.authors.join(', ') : 'not shown'}${inferred('authors')}`],
      source.url ? ['Original: ', a(source.url, source.url)] : ['Original URL: not known'],
    ]),
    h(2, 'Article text'),
    p(
      em(
        'Cleaned of web chrome; the wording is the article’s own. Every sentence has an anchor that the rest of the site links to.',
      ),
    ),
  ];
  const paragraphs: SourceParagraph[] = art.doc.paragraphs
    .filter((para) => para.sentences.length > 0)
    .map((para) => ({
      id: para.id,
      sentences: para.sentences.map((s, i) => ({
        id: s.id,
        // Sentences split without a space between them ("www.example.com") get no gap: the text stays as written.
        gap: i > 0 ? para.text.slice(para.sentences[i - 1]!.end, s.start) : '',
        text: s.text,
      })),
    }));

  const body: RootContent[] = [];
  body.push(h(2, 'Extracted from this article'));
  body.push(h(3, 'Quotes'));
  if (art.quotes.length) body.push(...art.quotes.map((q) => quoteCard(model, q)));
  else body.push(p(em('None found.')));
  body.push(h(3, 'Figures'));
  body.push(
    art.figures.length
      ? table(
          [['Metric'], ['Value'], ['Qualifier'], ['Unit'], ['Where']],
          art.figures.map((f) => [
            [model.topic.metrics.find((m) => m.id === f.metric)?.label ?? f.metric],
            [f.value.toLocaleString('en-US')],
            [f.qualifier],
            [f.unit],
            [here(f.sentence)],
          ]),
        )
      : p(em('None found.')),
  );
  body.push(h(3, 'Positions'));
  body.push(
    art.positions.length
      ? ul(
          art.positions.map((pos) => [
            actorLink(model, pos.actorId, pos.actor),
            ': ',
            ...join(
              pos.stances.map((st) => [
                stanceLabel(model, st),
                ' (',
                here(pos.evidence.find((e) => e.stance === st)?.sentence ?? ''),
                ')',
              ]),
            ),
          ]),
        )
      : p(em('None found.')),
  );
  body.push(h(3, 'Dated events'));
  body.push(
    art.events.length
      ? ul(art.events.map((e) => [`${formatDate(e.date)} (“${e.dateText}”): ${e.summary} (`, here(e.sentence), ')']))
      : p(
          em(
            source.published
              ? 'None found.'
              : 'None found. The article is undated, so relative dates cannot be resolved.',
          ),
        ),
  );
  body.push(h(3, 'Legal arguments'));
  body.push(
    art.arguments.length
      ? ul(
          art.arguments.map((m) => [
            a(`/arguments/`, model.topic.arguments.find((x) => x.id === m.argument)?.title ?? m.argument),
            ' (',
            here(m.sentence),
            ')',
          ]),
        )
      : p(em('None found.')),
  );
  if (art.removed.length) {
    body.push(h(2, 'Removed as web chrome'));
    body.push(
      p(
        em(
          `${art.removed.length} line${art.removed.length === 1 ? '' : 's'} of the pasted text were not treated as article text:`,
        ),
      ),
    );
    body.push(ul(art.removed.map((r) => [`Line ${r.line} (${r.reason}): `, `“${r.text}”`])));
  }
  return {
    frontmatter: {
      title: sourceTitle(source),
      description: `${sourceLabel(source)}: the article’s text with every sentence anchored, and the quotes, figures, positions and events taken from it.`,
      kind: 'source',
      sourceId: source.id,
      outlet: source.outlet,
      generated: true,
    },
    intro: mdastToHtml(intro),
    paragraphs,
    extracted: mdastToHtml(body),
  };
}
