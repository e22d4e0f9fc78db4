const MB = 1024 * 1024;

/**
 * What an import accepts. Far above anything Quire writes, low enough that a
 * hostile or corrupt file cannot exhaust memory before it is rejected.
 */
export const BACKUP_LIMITS = {
  /** The whole .quire file. */
  fileBytes: 2048 * MB,
  /** Everything in the zip, uncompressed (a zip bomb stops here, before inflating). */
  unpackedBytes: 3072 * MB,
  /** One JSON Lines file, uncompressed. */
  jsonlBytes: 480 * MB,
  /** One record's line. */
  lineBytes: 32 * MB,
  /** One asset's bytes. */
  assetBytes: 50 * MB,
  /** A clip's or note's plain text (characters). */
  textChars: 5 * MB,
  /** A clip's sanitized HTML, or a note's serialized editor state (characters). */
  htmlChars: 10 * MB,
  /** Titles, names, URLs, comments and other short fields (characters). */
  shortChars: 64 * 1024,
  /** Lists of tags, aliases, linked ids. */
  listItems: 10_000,
  /** Records per table. */
  records: 5_000_000,
} as const;

export const BACKUP_FORMAT = 'quire-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = '.quire';
