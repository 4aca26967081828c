/**
 * ajv for the browser build. The page uses only the bundled dictionaries,
 * validated when they were compiled; it never loads extra dictionary files, so
 * it never validates at run time. Leaving ajv out saves about 100 KB.
 */
export class Ajv {
  /** @throws always: validation is not available in the page */
  compile(): never {
    throw new Error('extra dictionaries cannot be validated in the browser page');
  }
}
export type ErrorObject = { instancePath: string; message?: string };
export type ValidateFunction = (data: unknown) => boolean;
