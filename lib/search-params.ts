/**
 * A search parameter as one of the values a page knows (`?sent=deletion`), or null: anything else
 * (an unknown word, a repeated parameter, none) is ignored rather than turned into a message id.
 */
export function knownParam<T extends string>(value: string | string[] | undefined, known: readonly T[]): T | null {
  return typeof value === 'string' && (known as readonly string[]).includes(value) ? (value as T) : null;
}
