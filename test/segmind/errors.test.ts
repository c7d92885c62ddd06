import { describe, expect, it } from 'vitest';
import { classifyFailure, errorForStatus, type FailureCategory } from '../../src/segmind/errors.ts';

const MODEL = 'gemini-omni-flash';

describe('errorForStatus', () => {
  it.each(['Insufficient credits', 'not enough CREDITS to run this model', 'Your credit balance is too low'])(
    'calls a 406 credits only when its message mentions credit: %j',
    (message) => {
      const error = errorForStatus('submit', 406, message, MODEL);
      expect(error.kind).toBe('credits');
      expect(error.isConfiguration).toBe(true);
    },
  );

  it.each([
    ['Team spend limit reached', 'configuration'],
    ['Parameter video is not accepted for this model', 'configuration'],
    ['', 'configuration'],
    ['Not Acceptable', 'configuration'],
    ['Invalid content type', 'content_type'],
    ['Content-Type must be application/json', 'content_type'],
  ])('a 406 saying %j is %s, never credits', (message, kind) => {
    const error = errorForStatus('submit', 406, message, MODEL);
    expect(error.kind).toBe(kind);
    expect(error.kind).not.toBe('credits');
    expect(error.isConfiguration).toBe(true);
    expect(error.transient).toBe(false);
  });

  it.each([
    ['Model gemini-omni-flash not found', 'model_unavailable'],
    ['MODEL NOT FOUND', 'model_unavailable'],
    ['gemini-omni-flash does not exist', 'model_unavailable'],
    ['The requested models are unavailable', 'model_unavailable'],
    ['Not found', 'not_found'],
    ['', 'not_found'],
    ['Cannot POST /api/v2/thing', 'not_found'],
  ])('a 404 on submit saying %j is %s', (message, kind) => {
    const error = errorForStatus('submit', 404, message, MODEL);
    expect(error.kind).toBe(kind);
    expect(error.isConfiguration).toBe(true);
  });

  it('a 404 on a status or result is the request expiring, even when it mentions a model', () => {
    expect(errorForStatus('status', 404, 'Model not found', MODEL).kind).toBe('expired');
    expect(errorForStatus('result', 404, 'Request x not found', MODEL).kind).toBe('expired');
    expect(errorForStatus('balance', 404, 'Not found', MODEL).kind).toBe('not_found');
  });

  it('410 is model_unavailable on any call; 402 is credits; 5xx and 429 are transient, configuration never', () => {
    expect(errorForStatus('submit', 410, '', MODEL).kind).toBe('model_unavailable');
    expect(errorForStatus('status', 410, '', MODEL).kind).toBe('model_unavailable');
    expect(errorForStatus('submit', 402, '', MODEL).kind).toBe('credits');
    for (const status of [429, 500, 502, 504]) {
      const error = errorForStatus('status', status, '', MODEL);
      expect(error.transient, String(status)).toBe(true);
      expect(error.isConfiguration, String(status)).toBe(false);
    }
    expect(errorForStatus('submit', 429, '', MODEL, 1234).resetAt).toBe(1234);
  });
});

describe('classifyFailure', () => {
  const examples: Array<[string | undefined, FailureCategory]> = [
    ['Content blocked by safety filter', 'safety'],
    ['Output blocked by safety system', 'safety'],
    ['The prompt violates our usage policies', 'safety'],
    ['RAI filtered: sensitive content', 'safety'],
    ['Request rejected by moderation', 'safety'],
    ['NSFW content detected', 'safety'],
    ['This request may cause harm', 'safety'],
    ['Prohibited use', 'safety'],
    ['Reference video could not be processed', 'reference_video'],
    ['Invalid video URL', 'reference_video'],
    ['Unable to download the input video', 'reference_video'],
    ['video: unsupported codec', 'reference_video'],
    ['Invalid image_urls: could not fetch', 'reference_image'],
    ['Failed to download https://cdn.example/a.png', 'reference_image'],
    ['image 3 is too large', 'reference_image'],
    ['prompt is required', 'input'],
    ['invalid aspect_ratio', 'input'],
    ['Validation error: duration must be one of 3, 5, 10', 'input'],
    ['invalid content type of parameter seed', 'input'],
    ['Video generation failed', 'other'],
    ['Failed to generate video', 'other'],
    ['internal error', 'other'],
    ['', 'other'],
    [undefined, 'other'],
  ];

  it.each(examples)('classifies %j as %s', (reason, category) => {
    expect(classifyFailure(reason)).toBe(category);
  });

  it('matches keywords, not exact strings: case and surrounding words do not matter', () => {
    expect(classifyFailure('ERROR 400: BLOCKED (reason=SAFETY)')).toBe('safety');
    expect(classifyFailure('upstream says: the Reference-Video is corrupt')).toBe('reference_video');
  });
});
