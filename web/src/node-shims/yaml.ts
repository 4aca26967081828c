/**
 * yaml for the browser build. The page reads no config or dictionary files
 * (settings come from its own form), so it parses no YAML. Leaving yaml out
 * saves about 100 KB.
 */
/** @throws always: there is no YAML to read in the page */
export function parseDocument(): never {
  throw new Error('YAML files are not read in the browser page');
}
/** @throws always */
export function parse(): never {
  throw new Error('YAML files are not read in the browser page');
}
/** No YAML nodes in the page: nothing is a map. */
export function isMap(): false {
  return false;
}
/** No YAML nodes in the page: nothing is a scalar. */
export function isScalar(): false {
  return false;
}
