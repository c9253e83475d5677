import { isMap, isSeq, type Document } from 'yaml';

/**
 * Where an object of a parsed document starts, as a character offset, by its path through Lists:
 * `[]` is the document itself, `[3]` item 3 of its List, `[3, 0]` item 0 of the List that is item 3.
 */
export type OffsetOf = (path: readonly number[]) => number | undefined;

const keyOf = (path: readonly number[]) => path.join('.');

/** The offsets of a YAML document's objects, from the ranges the parser keeps on its nodes. */
export function yamlOffsets(doc: Document): OffsetOf {
  return (path) => {
    let node: unknown = doc.contents;
    for (const index of path) {
      const items = isMap(node) ? node.get('items', true) : undefined;
      node = isSeq(items) ? items.items[index] : undefined;
    }
    return isMap(node) ? node.range?.[0] : undefined;
  };
}

/** An open `{` or `[`: for an object that may be a List (the root or a List's item), its path; for the `items` array of one, the path of that List. */
interface Frame {
  object: string | null;
  itemsOf: string | null;
  count: number;
}

// A string, or a bracket; everything else (numbers, literals, `:` and `,`) is stepped over by the search.
const TOKEN = /["{}[\]]/g;
const ITEMS_KEY = /"items"\s*:\s*\[/y;

/** The index of the quote that closes the string opened at `open`. */
function stringEnd(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end > 0) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

/**
 * The offsets of a JSON document's objects: the root, and the items of its List and of Lists among
 * them, found by one pass over the text (JSON.parse tells no positions). Only `"items"` keys of the
 * root and of List items are looked at; the rest is skipped bracket by bracket and string by string.
 * It costs about as much as the parse, so it runs only when lines are asked for.
 */
export function jsonOffsets(text: string): OffsetOf {
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const at = match.index;
    const char = text[at];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, at);
      ITEMS_KEY.lastIndex = at;
      if (top?.object != null && end === at + 6 && ITEMS_KEY.test(text)) {
        stack.push({ object: null, itemsOf: top.object, count: 0 });
        TOKEN.lastIndex = ITEMS_KEY.lastIndex;
      } else TOKEN.lastIndex = end + 1;
    } else if (char === '{') {
      let path: string | null = null;
      if (!top) path = '';
      else if (top.itemsOf !== null) path = top.itemsOf === '' ? String(top.count++) : `${top.itemsOf}.${top.count++}`;
      if (path !== null) offsets.set(path, at);
      stack.push({ object: path, itemsOf: null, count: 0 });
    } else if (char === '[') {
      if (top?.itemsOf != null) top.count++;
      stack.push({ object: null, itemsOf: null, count: 0 });
    } else stack.pop();
  }
  return (path) => offsets.get(keyOf(path));
}

/** 1-based line numbers of offsets, counting line breaks forward once when the offsets ascend (they do, in document order). */
export function linesAt(text: string, offsets: readonly (number | undefined)[]): (number | undefined)[] {
  let line = 1;
  let from = 0;
  let nextBreak = text.indexOf('\n');
  return offsets.map((offset) => {
    if (offset === undefined) return undefined;
    if (offset < from) {
      line = 1;
      nextBreak = text.indexOf('\n');
    }
    while (nextBreak >= 0 && nextBreak < offset) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    from = offset;
    return line;
  });
}
