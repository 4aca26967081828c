/** Markdown files bundled as text by scripts/build-web.mjs (the example policy). */
declare module '*.md' {
  const text: string;
  export default text;
}

/** The compiled dictionaries, embedded in the worker by scripts/build-web.mjs. */
declare module 'plain-ig:dictionaries' {
  const dictionaries: unknown;
  export default dictionaries;
}
