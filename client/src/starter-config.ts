/** The config file's names and the commented starter file (no VS Code here, so tests can read it). */

/** Config file names, in the order the checker looks for them (same as the server). */
export const CONFIG_FILE_NAMES = ['.plain-ig.yml', '.plain-ig.yaml', '.plain-ig.json'] as const;

/** A starter config: every key commented, so creating it changes nothing until edited. */
export const STARTER_CONFIG = `# Plain IG settings for the documents in this folder and the folders below it.
# This file is data only: nothing in it is run. Remove the "#" at the start of a line to use it.
# Settings here apply on top of your VS Code settings (plainIg.*).

# Who the documents are written for: auto (default), staff or public.
# For the public, more technical words are flagged. With auto, wording checks read
# documents as written for staff, and the leadership check decides for each document
# whether it is a staff policy or a public notice.
# audience: staff

# Which UK nation's law the explanations should cite:
# england (default), wales, scotland or northern-ireland.
# nation: england

# Switch a check off, or change how it is shown: off, error, warning, info or hint.
# checks:
#   jargon: warning
#   risk: warning
#   plain-words: info
#   acronym: info
#   outdated: warning
#   trust: info
#   leadership: info

# Words, phrases or rule ids that are right for your organisation and should never be flagged.
# A rule id such as leadership/staff-support switches off one thing the leadership check
# looks for (for example when a separate statement already promises support to staff).
# allow:
#   - Section 75 agreement
#   - SystmOne
#   - leadership/staff-support

# Extra dictionaries (YAML files), relative to this file.
# dictionaries:
#   - ig-dictionaries/local-terms.yml
`;
