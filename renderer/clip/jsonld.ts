/**
 * The article a page describes in JSON-LD (schema.org NewsArticle, Article,
 * BlogPosting...): the most specific metadata a page has, when it has it.
 */
import { decodeEntities } from '../../shared/clip/metadata';

export type JsonLdArticle = {
  headline: string;
  authors: string[];
  datePublished: string;
  publisher: string;
  description: string;
  inLanguage: string;
  url: string;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|Review|Story)$/;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in the JSON-LD, flattening arrays and @graph. */
function* nodesOf(value: Json | undefined, depth = 0): Generator<JsonObject> {
  if (depth > 4 || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    yield* nodesOf(value['@graph'], depth + 1);
    yield* nodesOf(value['mainEntity'], depth + 1);
  }
}

function text(value: Json | undefined): string {
  if (typeof value === 'string') return decodeEntities(value).trim();
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['@value']);
  return '';
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item));
  const name = text(value);
  return name === '' ? [] : [name];
}

function parseScripts(doc: Document): Json[] {
  const values: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      // Some CMSs wrap the JSON in CDATA markers or leave trailing semicolons.
      const source = (script.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/;\s*$/, '');
      values.push(JSON.parse(source) as Json);
    } catch {
      // A broken block is skipped: other sources still describe the page.
    }
  }
  return values;
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Some sites put a tagline in `headline` and the title in `name`: take the one the page's <title> agrees with. */
function pickHeadline(headline: string, name: string, pageTitle: string): string {
  if (!headline || !name || headline === name) return headline || name;
  const title = words(pageTitle);
  const score = (text: string) => [...words(text)].filter((word) => title.has(word)).length / Math.max(words(text).size, 1);
  return score(name) > score(headline) ? name : headline;
}

export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = parseScripts(doc).flatMap((value) => [...nodesOf(value)]);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return null;
  const publisher = article['publisher'] ?? article['sourceOrganization'];
  const mainEntity = article['mainEntityOfPage'];
  return {
    headline: pickHeadline(text(article['headline']), text(article['name']), doc.title),
    authors: names(article['author'] ?? article['creator']),
    datePublished: text(article['datePublished'] ?? article['dateCreated']),
    publisher: text(publisher),
    description: text(article['description']),
    inLanguage: text(article['inLanguage']),
    url: text(article['url']) || (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)),
  };
}
