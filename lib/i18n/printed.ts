import vi from './messages/vi.json';

/**
 * The Vietnamese text of a message id, for what is printed on documents, which are in Vietnamese
 * whatever the reader's language ("birth.fields.sex" → "Giới tính"); the id itself when unknown.
 */
export function printedLabel(id: string): string {
  const found = id.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), vi);
  return typeof found === 'string' ? found : id;
}
