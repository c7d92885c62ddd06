import { describe, expect, it } from 'vitest';
import { isImage, isVideo, MIME, type SniffedType, sniff } from '../../src/util/sniff.ts';

/**
 * The first 48 bytes of real files. Made with ffmpeg 5.1 from its test pattern (png, jpegLavc,
 * webpLossy with libwebp, mp4/m4v/mov/3gp with libx264, webm with libvpx, mkv, avif with libaom,
 * m4a with aac); jpegJfif, gif89a and webpExtended are CPython's test images (python.jpg/.gif/.webp).
 */
const HEADS = {
  png: '89504e470d0a1a0a0000000d4948445200000020000000200802000000fc18eda3000000097048597300000001000000',
  jpegJfif:
    'ffd8ffe000104a46494600010101000100010000ffdb0043000302020202020302020203030303040604040404040806',
  jpegLavc:
    'ffd8ffe000104a46494600010200000100010000fffe00104c61766335392e33372e31303000ffdb0043000804040404',
  gif89a: '47494638396110001000f53f00ebbb18ebbe21f3c11afac719fdcb1bffcc1cebc22affcf23ffcf24ffd025ffd32debc5',
  webpLossy:
    '52494646060200005745425056503820fa010000b00c009d012a200020003e913c9a4825a3a2a1280d50b012096c009d',
  webpExtended:
    '52494646a801000057454250565038580a000000100000000f00000f0000414c5048c30000000127a2a89124e57ae718',
  mp4: '000000206674797069736f6d0000020069736f6d69736f32617663316d7034310000000866726565000004a56d646174',
  m4v: '00000020667479704d345620000002004d34562069736f6d69736f32617663310000000866726565000004a56d646174',
  mov: '00000014667479707174202000000200717420200000000877696465000004a56d646174000002ad0605ffffa9dc45e9',
  webm: '1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810242858102185380670100000000000500',
  // Formats that share a container with ours but are not what Segmind takes.
  mkv: '1a45dfa3a34286810142f7810142f2810442f381084282886d6174726f736b6142878104428581021853806701000000',
  avif: '00000020667479706176696600000000617669666d6966316d6961664d413141000000f96d657461000000000000002f',
  threeGp: '000000206674797033677036000001003367703669736f6d69736f32617663310000000866726565000004a56d646174',
  m4a: '0000001c667479704d344120000002004d34412069736f6d69736f3200000008667265650000080c6d646174de02004c',
};

const bytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const text = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it.each([
    ['png', HEADS.png],
    ['jpeg', HEADS.jpegJfif],
    ['jpeg', HEADS.jpegLavc],
    ['gif', HEADS.gif89a],
    ['webp', HEADS.webpLossy],
    ['webp', HEADS.webpExtended],
    ['mp4', HEADS.mp4],
    ['mp4', HEADS.m4v],
    ['mov', HEADS.mov],
    ['webm', HEADS.webm],
  ] satisfies [SniffedType, string][])('recognises a real %s header', async (type, hex) => {
    expect(await sniff(bytes(hex))).toBe(type);
  });

  it('reads the type from the bytes, not the name: a ".png" that is a GIF is a GIF', async () => {
    const upload = { name: 'cat.png', contentType: 'image/png', data: bytes(HEADS.gif89a) };
    expect(await sniff(upload.data)).toBe('gif');
  });

  it.each([
    ['Matroska that is not WebM', HEADS.mkv],
    ['an AVIF image (an ISO-BMFF file, like MP4)', HEADS.avif],
    ['3GP video', HEADS.threeGp],
    ['M4A audio', HEADS.m4a],
  ])('refuses %s', async (_, hex) => {
    expect(await sniff(bytes(hex))).toBeNull();
  });

  it.each([
    ['empty bytes', new Uint8Array()],
    ['plain text', text('hello, this is not an image at all')],
    ['an HTML error page', text('<!DOCTYPE html><html><body>403 Forbidden</body></html>')],
    ['JSON', text('{"error":"not found"}')],
    ['a PNG signature cut short', bytes('89504e47')],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a ZIP archive', bytes('504b0304140000000800')],
    ['random bytes', Uint8Array.from({ length: 64 }, (_, i) => (i * 73 + 41) % 256)],
  ])('returns null for %s', async (_, data) => {
    expect(await sniff(data)).toBeNull();
  });

  it('looks only at the start of a large buffer', async () => {
    const big = new Uint8Array(5_000_000);
    big.set(bytes(HEADS.png));
    expect(await sniff(big)).toBe('png');
  });
});

describe('isImage / isVideo', () => {
  it('split the sniffed types into images and videos, and null into neither', () => {
    const images: SniffedType[] = ['png', 'jpeg', 'gif', 'webp'];
    const videos: SniffedType[] = ['mp4', 'mov', 'webm'];
    for (const t of images) expect([isImage(t), isVideo(t)]).toEqual([true, false]);
    for (const t of videos) expect([isImage(t), isVideo(t)]).toEqual([false, true]);
    expect([isImage(null), isVideo(null)]).toEqual([false, false]);
    expect(Object.keys(MIME).sort()).toEqual([...images, ...videos].sort());
  });
});
