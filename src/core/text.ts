/** Cutting text to a length in UTF-16 units, as Excel counts a cell's or a sheet name's characters. */

/**
 * The first `length` units of `text`, one fewer where the cut would fall inside a surrogate pair: an emoji cut in two
 * shows as two U+FFFD, and Office.js refuses a sheet name holding half of one.
 */
export function textPrefix(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
