/**
 * A table of words typed by users (priorities, months, resource types, window kinds) to what they mean, with
 * no prototype: a cell saying "constructor" or "toString" must look up nothing, not Object's methods.
 */
export function wordTable<T>(words: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, words));
}
