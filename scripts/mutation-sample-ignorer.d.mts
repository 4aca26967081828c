/** Why a mutant was left out of a sampled run. */
export declare const NOT_SAMPLED: string;
/** The Stryker plugin (`plain-ig-sample`, an ignorer) that leaves out the mutants not sampled. */
export declare const strykerPlugins: unknown[];
