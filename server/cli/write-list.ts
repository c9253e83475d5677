const CHUNK = 1 << 20;

/**
 * Objects as a `v1 List`, an object per line, in chunks of about a megabyte: a dump of 150k pods is
 * longer than one string V8 can hold.
 */
export function* listChunks(items: Iterable<object>): Generator<string> {
  let buffer = '{"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},"items":[';
  let separator = '';
  for (const item of items) {
    buffer += `${separator}\n${JSON.stringify(item)}`;
    separator = ',';
    if (buffer.length > CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n]}\n`;
}
