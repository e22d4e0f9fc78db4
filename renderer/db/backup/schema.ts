import { z } from 'zod';
import { QUOTE_COLOURS, type Asset, type Clip, type Entity, type Mention, type Note, type Quote, type Setting } from '../../../shared/model';
import { LIBRARY_TABLES } from '../db';
import { BACKUP_FORMAT, BACKUP_LIMITS as L, READABLE_VERSIONS } from './limits';

/** Ids are also asset file names in the zip: no separators, nothing odd. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');
const short = z.string().max(L.shortChars, `is longer than ${L.shortChars} characters`);
const text = z.string().max(L.textChars, `is longer than ${L.textChars} characters`);
const html = z.string().max(L.htmlChars, `is longer than ${L.htmlChars} characters`);
const time = z.number().int().nonnegative();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(L.listItems, `has more than ${L.listItems} items`);

const base = { id, createdAt: time, updatedAt: time, deletedAt: time.nullable() };

export const clipSchema: z.ZodType<Clip> = z.strictObject({
  ...base,
  url: short,
  canonicalUrl: short,
  title: short,
  byline: short,
  siteName: short,
  publishedAt: short.nullable(),
  lang: z.string().max(64),
  excerpt: short,
  html,
  text,
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string().max(128),
  tags: list(short),
  readState: z.enum(['unread', 'read', 'archived']),
  readingProgress: z.number().min(0).max(1),
  source: z.enum(['url', 'paste', 'file', 'import', 'demo']),
  missingImages: list(short).optional(),
});

/** An asset's line: its record without the bytes, which live in `assets/<id>`; `blob.type` keeps the Blob's own type. */
export const assetLineSchema = z.strictObject({
  ...base,
  clipId: id,
  sourceUrl: short,
  mimeType: z.string().max(255),
  blob: z.strictObject({ type: z.string().max(255) }).nullable(),
  size: z.number().int().nonnegative().max(L.assetBytes, `is larger than ${L.assetBytes} bytes`),
  error: short.nullable(),
});
export type AssetLine = z.infer<typeof assetLineSchema>;
export type AssetRecord = Asset;

const isoDate = z.string().max(32);
const treatySchema = z.strictObject({
  abbreviation: short,
  signed: isoDate.nullable(),
  inForce: isoDate.nullable(),
  ended: isoDate.nullable(),
  status: z.enum(['in-force', 'suspended', 'withdrawn', 'expired', 'terminated', 'not-in-force']),
  events: list(z.strictObject({ date: isoDate, label: short })),
  partyIds: list(id),
});

export const entitySchema: z.ZodType<Entity> = z.strictObject({
  ...base,
  kind: z.enum(['person', 'organization', 'state', 'treaty', 'other']),
  name: short,
  aliases: list(short),
  description: text,
  treaty: treatySchema.nullable(),
  origin: z.union([z.strictObject({ type: z.literal('gazetteer'), key: short }), z.strictObject({ type: z.literal('user') })]),
  mergedInto: id.nullable(),
});

const offset = z.number().int().nonnegative();
export const quoteSchema: z.ZodType<Quote> = z.strictObject({
  ...base,
  clipId: id,
  text,
  selector: z.strictObject({
    quote: z.strictObject({ type: z.literal('TextQuoteSelector'), exact: text, prefix: short, suffix: short }),
    position: z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
  }),
  speakerId: id.nullable(),
  entityIds: list(id),
  comment: text,
  colour: z.enum(QUOTE_COLOURS),
});

export const mentionSchema: z.ZodType<Mention> = z.strictObject({
  ...base,
  clipId: id,
  entityId: id,
  start: offset,
  end: offset,
  text: short,
  status: z.enum(['suggested', 'accepted', 'rejected']),
});

export const noteSchema: z.ZodType<Note> = z.strictObject({
  ...base,
  title: short,
  content: html,
  text,
  quoteIds: list(id),
  entityIds: list(id),
  clipIds: list(id),
});

export const settingSchema: z.ZodType<Setting> = z.strictObject({
  key: z.string().min(1).max(256),
  value: z.unknown(),
  updatedAt: time,
});

export const lineSchemas = {
  clips: clipSchema,
  assets: assetLineSchema,
  entities: entitySchema,
  quotes: quoteSchema,
  mentions: mentionSchema,
  notes: noteSchema,
  settings: settingSchema,
} as const;

const count = z.number().int().nonnegative().max(L.records);
const readable = READABLE_VERSIONS.join(' or ');
export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, `is not "${BACKUP_FORMAT}"`),
  version: z.literal(READABLE_VERSIONS, `is not ${readable} (this Quire reads version ${readable} backups)`),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(64),
  schemaVersion: z.number().int().positive(),
  counts: z.strictObject(Object.fromEntries(LIBRARY_TABLES.map((t) => [t, count])) as Record<(typeof LIBRARY_TABLES)[number], typeof count>),
  assetFiles: count,
  /** Version 2 on: every other entry's SHA-256, by entry name. Version 1 backups have only the zip's CRC-32s. */
  sha256: z.record(z.string().max(100), z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest')).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
