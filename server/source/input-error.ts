/** Bad input from a person: a message that names the file and what is wrong, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'InputError';
  }
}
