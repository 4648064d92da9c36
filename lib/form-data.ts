/**
 * What a server action received as its form. An action is a public endpoint: anyone can call it
 * with any arguments, so an argument that is not a form is read as an empty one (and refused by
 * the action's own rules) instead of failing with a 500.
 */
export function formDataOf(received: unknown): FormData {
  return received instanceof FormData ? received : new FormData();
}
