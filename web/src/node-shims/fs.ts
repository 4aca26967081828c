/**
 * node:fs for the browser build. The page never reads or writes files: the
 * core only reaches these from config and extra-dictionary loading, which the
 * page does not use. Each one says so if it is ever called.
 */
function unavailable(name: string): never {
  throw new Error(`${name} is not available in the browser page`);
}

/** Always false: there are no files. */
export const existsSync = (): boolean => false;
/** @throws always */
export const readFileSync = (): never => unavailable('readFileSync');
/** @throws always */
export const statSync = (): never => unavailable('statSync');
/** @throws always */
export const readdirSync = (): never => unavailable('readdirSync');
/** @throws always */
export const writeFileSync = (): never => unavailable('writeFileSync');
/** @throws always */
export const mkdirSync = (): never => unavailable('mkdirSync');
/** @throws always */
export const renameSync = (): never => unavailable('renameSync');
/** @throws always */
export const unlinkSync = (): never => unavailable('unlinkSync');
/** @throws always */
export const openSync = (): never => unavailable('openSync');
/** @throws always */
export const closeSync = (): never => unavailable('closeSync');
/** @throws always */
export const fsyncSync = (): never => unavailable('fsyncSync');
/** @throws always */
export const writeSync = (): never => unavailable('writeSync');
export default { existsSync, readFileSync, statSync, readdirSync, writeFileSync, mkdirSync };
