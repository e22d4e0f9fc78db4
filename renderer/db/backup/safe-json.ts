const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  override readonly name = 'UnsafeJsonError';
}

/**
 * JSON.parse that refuses prototype-polluting keys anywhere in the value. JSON.parse
 * makes `__proto__` an own property (so it does not pollute by itself), but any later
 * spread or merge could; a backup never legitimately contains these keys.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, function (key, value: unknown) {
    if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(`it contains the forbidden key "${key}"`);
    return value;
  });
}
