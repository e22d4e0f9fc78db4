/**
 * Quire's records, as stored in IndexedDB (renderer/db/) and exported in backups.
 *
 * Every record has a sortable unique id (ULID, see shared/ids.ts), `createdAt`
 * and `updatedAt` (ms since epoch), and `deletedAt` (null, or when it went to
 * the trash): nothing a user made is hard-deleted until they empty the trash.
 */

export type Id = string;

export type RecordBase = {
  id: Id;
  createdAt: number;
  updatedAt: number;
  /** When the record was moved to the trash; null while it is live. */
  deletedAt: number | null;
};

export type ClipSource = 'url' | 'paste' | 'file' | 'import' | 'demo';
export type ReadState = 'unread' | 'read' | 'archived';

export type Clip = RecordBase & {
  /** Where the user got it (for a paste or file, may be ''). */
  url: string;
  /** The page's own canonical URL when it declares one, else the final URL, else ''. */
  canonicalUrl: string;
  title: string;
  /** Authors, comma-separated as shown ("Jane Doe, John Roe"), or ''. */
  byline: string;
  siteName: string;
  /** ISO 8601 date or date-time of publication, or null when unknown. */
  publishedAt: string | null;
  /** BCP 47 language tag ("en", "ru"), or ''. */
  lang: string;
  excerpt: string;
  /** Sanitized article HTML; images point at `asset:<assetId>` URLs. Never rendered with privileges. */
  html: string;
  /** The article's plain text: what quotes anchor to and search indexes. */
  text: string;
  wordCount: number;
  /** SHA-256 hex of the normalised plain text, for dedupe. */
  contentHash: string;
  tags: string[];
  readState: ReadState;
  /** Reading position, 0..1 of the scroll height. */
  readingProgress: number;
  source: ClipSource;
  /**
   * Images the html names that are not stored yet, by source URL (a data: image
   * by its key, shared/clip/data-image.ts). Written with the clip, before any
   * download starts, so a clip whose images were cut off is known; cleared as
   * they land. Absent when every image is stored.
   */
  missingImages?: string[];
};

export type Asset = RecordBase & {
  clipId: Id;
  /** Where the asset came from, for the record and for dedupe. */
  sourceUrl: string;
  mimeType: string;
  /** The bytes; null when the download failed (then `error` says why). */
  blob: Blob | null;
  size: number;
  error: string | null;
};

export type EntityKind = 'person' | 'organization' | 'state' | 'treaty' | 'other';

export type TreatyStatus = 'in-force' | 'suspended' | 'withdrawn' | 'expired' | 'terminated' | 'not-in-force';

export type TreatyInfo = {
  abbreviation: string;
  /** ISO dates (YYYY-MM-DD, or YYYY-MM, or YYYY) or null when not applicable. */
  signed: string | null;
  inForce: string | null;
  ended: string | null;
  status: TreatyStatus;
  /** Notable status changes (suspension, withdrawal), dated. */
  events: { date: string; label: string }[];
  /** Entity ids of the state parties. */
  partyIds: Id[];
};

export type Entity = RecordBase & {
  kind: EntityKind;
  name: string;
  /** Other names it goes by: abbreviations, full names, other languages, short forms. */
  aliases: string[];
  description: string;
  /** Only for kind 'treaty'. */
  treaty: TreatyInfo | null;
  /** Where it came from: the starter gazetteer (its stable key) or the user. */
  origin: { type: 'gazetteer'; key: string } | { type: 'user' };
  /** Set when this entity was merged into another; it is then in the trash. */
  mergedInto: Id | null;
};

/** W3C Web Annotation TextQuoteSelector over the clip's plain text. */
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the clip's plain text. */
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type QuoteSelector = { quote: TextQuoteSelector; position: TextPositionSelector };

export const QUOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type QuoteColour = (typeof QUOTE_COLOURS)[number];

export type Quote = RecordBase & {
  clipId: Id;
  /** The quoted text exactly as marked. */
  text: string;
  selector: QuoteSelector;
  /** Who said it: one entity (usually a person), or null. */
  speakerId: Id | null;
  /** Actors and treaties the quote concerns. */
  entityIds: Id[];
  comment: string;
  colour: QuoteColour;
};

export type SuggestionStatus = 'suggested' | 'accepted' | 'rejected';

export type Mention = RecordBase & {
  clipId: Id;
  entityId: Id;
  start: number;
  end: number;
  /** The text as it appears in the clip. */
  text: string;
  status: SuggestionStatus;
};

export type Note = RecordBase & {
  title: string;
  /** Lexical's serialized editor state (JSON string). */
  content: string;
  /** Plain text of the note, for search and previews. */
  text: string;
  quoteIds: Id[];
  entityIds: Id[];
  clipIds: Id[];
};

export type Setting = { key: string; value: unknown; updatedAt: number };

export type TableName = 'clips' | 'assets' | 'entities' | 'quotes' | 'mentions' | 'notes' | 'settings';
