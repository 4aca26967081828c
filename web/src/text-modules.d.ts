/** Markdown files bundled as text by scripts/build-web.mjs (the example policy). */
declare module '*.md' {
  const text: string;
  export default text;
}

/** The compiled dictionaries, embedded in the worker as JSON text by scripts/build-web.mjs. */
declare module 'plain-ig:dictionaries' {
  const dictionaries: string;
  export default dictionaries;
}

/** The word forms made ahead of time (dist/word-forms.json), embedded in the worker as JSON text by scripts/build-web.mjs. */
declare module 'plain-ig:word-forms' {
  const wordForms: string;
  export default wordForms;
}
