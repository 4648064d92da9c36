/**
 * A field of a form page as the browser has it before the page's scripts run: the server's HTML
 * holds the saved answer as the field's default (`defaultValue`, `defaultChecked`,
 * `defaultSelected`), so what the person changed is what differs from it.
 */
export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The saved answer as a field's default in the server's HTML. */
export function domDefault(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * What the person put into a field before the form took it over, or `undefined` when the field
 * still holds the server's default. A radio button speaks for its group only when it is the one
 * the person chose; a hidden field is never edited.
 */
export function editedBeforeReady(el: FieldElement): string | boolean | undefined {
  if (el.type === 'hidden') return undefined;
  if (el.type === 'checkbox') {
    const box = el as HTMLInputElement;
    return box.checked !== box.defaultChecked ? box.checked : undefined;
  }
  if (el.type === 'radio') {
    const radio = el as HTMLInputElement;
    return radio.checked && !radio.defaultChecked ? radio.value : undefined;
  }
  if (el.type === 'select-one') {
    // With no option marked as the default, the browser shows the first.
    const options = Array.from((el as HTMLSelectElement).options);
    const initial = options.find((o) => o.defaultSelected) ?? options[0];
    return el.value !== (initial?.value ?? '') ? el.value : undefined;
  }
  const text = el as HTMLInputElement | HTMLTextAreaElement;
  return text.value !== text.defaultValue ? text.value : undefined;
}
