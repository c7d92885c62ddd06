import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { makeVideo } from '../fakeSegmind.ts';
import { type ParsedOption, SandboxError } from './lineParser.ts';

/**
 * Files for the sandbox: a path on disk (which must exist), or one of the built-in samples named
 * `sample:NAME` — never a silent stand-in for a file that is not there.
 */

export interface SandboxFile {
  filename: string;
  data: Buffer;
  contentType: string | null;
}

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  txt: 'text/plain',
};

// The first bytes of real files (ffmpeg test patterns), padded: enough for type sniffing.
const PNG =
  '89504e470d0a1a0a0000000d4948445200000020000000200802000000fc18eda3000000097048597300000001000000';
const JPEG =
  'ffd8ffe000104a46494600010101000100010000ffdb0043000302020202020302020203030303040604040404040806';
const padded = (hex: string, size: number) => Buffer.concat([Buffer.from(hex, 'hex'), Buffer.alloc(size, 7)]);

export const SAMPLES: Record<string, () => SandboxFile> = {
  'cat.png': () => ({ filename: 'cat.png', data: padded(PNG, 40_000), contentType: 'image/png' }),
  'dog.jpg': () => ({ filename: 'dog.jpg', data: padded(JPEG, 60_000), contentType: 'image/jpeg' }),
  'bird.png': () => ({ filename: 'bird.png', data: padded(PNG, 30_000), contentType: 'image/png' }),
  'clip.mp4': () => ({ filename: 'clip.mp4', data: makeVideo(200_000), contentType: 'video/mp4' }),
  'notes.txt': () => ({
    filename: 'notes.txt',
    data: Buffer.from('not a picture\n'),
    contentType: 'text/plain',
  }),
  /** A PNG with no name extension and no declared type: only its bytes say what it is. */
  blob: () => ({ filename: 'blob', data: padded(PNG, 20_000), contentType: null }),
};

export function loadFile(value: string): SandboxFile {
  if (value.startsWith('sample:')) {
    const sample = SAMPLES[value.slice('sample:'.length)];
    if (!sample)
      throw new SandboxError(
        `no sample ${value} (samples: ${Object.keys(SAMPLES)
          .map((s) => `sample:${s}`)
          .join(', ')})`,
      );
    return sample();
  }
  if (!existsSync(value) || !statSync(value).isFile())
    throw new SandboxError(`no such file: ${value} (or use a built-in one, e.g. sample:cat.png)`);
  const ext = extname(value).toLowerCase().slice(1);
  return { filename: basename(value), data: readFileSync(value), contentType: TYPES[ext] ?? null };
}

/** `post text:… image:FILE file:FILE embed:URL …`: files and embeds in the order given. */
export function postFrom(
  words: readonly string[],
  options: readonly ParsedOption[],
): { content: string; files: SandboxFile[]; embedUrls: string[] } {
  if (words.length) throw new SandboxError(`unexpected ${words.join(' ')} (post text:"…" image:FILE …)`);
  const texts = options.filter((o) => o.name === 'text');
  if (texts.length > 1) throw new SandboxError('text is given twice');
  const unknown = options.filter((o) => !['text', 'image', 'file', 'embed'].includes(o.name));
  if (unknown.length)
    throw new SandboxError(
      `unknown option ${unknown.map((o) => o.name).join(', ')} for post (it takes text, image, file, embed)`,
    );
  return {
    content: texts[0]?.value ?? '',
    files: options.filter((o) => o.name === 'image' || o.name === 'file').map((o) => loadFile(o.value)),
    embedUrls: options
      .filter((o) => o.name === 'embed')
      .map((o) => {
        if (!/^https?:\/\/[^\s/]+\/?\S*$/.test(o.value))
          throw new SandboxError(`embed: “${o.value}” is not a link`);
        return o.value;
      }),
  };
}
