/**
 * The commented starter config file: one text, written by `plain-ig init` and
 * by the VS Code command "Plain IG: Open the config file" (the client's copy,
 * `client/src/starter-config.ts`, is written by `scripts/generate-manifest.ts`).
 */
import type { CheckMetadata } from './check-api.ts';

/**
 * A starter config: every key commented, so creating it changes nothing until edited.
 * @param checks every check, listed at its default severity in this order
 */
export const starterConfig = (checks: ReadonlyArray<Pick<CheckMetadata, 'id' | 'defaultSeverity'>>): string => `# Plain IG settings for the documents in this folder and the folders below it.
# This file is data only: nothing in it is run. Remove the "#" at the start of a line to use it.
# In VS Code, settings here apply on top of your Plain IG settings (plainIg.*).

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
${checks.map((check) => `#   ${check.id}: ${check.defaultSeverity}`).join('\n')}

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
