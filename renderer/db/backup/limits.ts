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
  /**
   * The most an entry may unpack to per packed byte. Quire's JSON Lines pack 4-10 times,
   * images not at all; only a zip bomb declares 100 times or more (DEFLATE allows 1,032).
   */
  packRatio: 100,
  /** Entries up to this size are not held to the ratio (a short, repetitive file packs very well). */
  packRatioFloor: 1 * MB,
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
/** Version 2 adds a SHA-256 per entry to the manifest. */
export const BACKUP_VERSION = 2;
/** The versions this Quire imports: version 1 files are checked by their CRC-32s alone. */
export const READABLE_VERSIONS = [1, 2] as const;
export const BACKUP_EXTENSION = '.quire';
