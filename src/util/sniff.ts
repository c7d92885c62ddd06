/**
 * What a file really is, from its first bytes (magic numbers), whatever its name or declared
 * content type say. Detection is `file-type`'s: it reads the ISO-BMFF brand (so an AVIF or HEIC
 * image, a 3GP or an M4A is not taken for an MP4, and QuickTime is told from MP4) and the EBML
 * DocType (so a Matroska file is not taken for WebM), which a table of prefixes cannot do.
 */

export type SniffedType = 'png' | 'jpeg' | 'gif' | 'webp' | 'mp4' | 'mov' | 'webm';

/** Enough bytes for every type above; pass at least this many when the file is that large. */
export const SNIFF_BYTES = 4100;

const KNOWN: Record<string, SniffedType> = {
  png: 'png',
  apng: 'png', // an animated PNG is a PNG to every decoder that does not animate it
  jpg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  mp4: 'mp4',
  m4v: 'mp4', // Apple's MP4 brand; the same container
  mov: 'mov',
  webm: 'webm',
};

/** The type of the file that starts with `bytes`, or null when it is none of the supported ones. */
export async function sniff(bytes: Uint8Array): Promise<SniffedType | null> {
  if (bytes.length === 0) return null;
  try {
    const found = await (await import('file-type')).fileTypeFromBuffer(bytes.subarray(0, SNIFF_BYTES));
    return (found && Object.hasOwn(KNOWN, found.ext) && KNOWN[found.ext]) || null;
  } catch {
    // A malformed header is not one of ours.
    return null;
  }
}

export const isImage = (type: SniffedType | null): type is 'png' | 'jpeg' | 'gif' | 'webp' =>
  type === 'png' || type === 'jpeg' || type === 'gif' || type === 'webp';

export const isVideo = (type: SniffedType | null): type is 'mp4' | 'mov' | 'webm' =>
  type === 'mp4' || type === 'mov' || type === 'webm';

/** The MIME type Segmind and Discord expect for each sniffed type. */
export const MIME: Record<SniffedType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};
