// Lit creates a Trusted Types policy named "lit-html". A host page with its own Lit, or a CSP that lists
// policies by name, must be able to tell ours apart, so the embed renames it. The build fails when Lit
// is bundled but the pattern is gone (a Lit upgrade), instead of silently shipping a clashing name.
const LIT_POLICY = /createPolicy\(\s*(["'`])lit-html\1/;

/** A Vite plugin that renames Lit's Trusted Types policy to `name`. */
export function renameTrustedTypesPolicy(name) {
  let bundlesLit = false;
  let renamed = false;
  return {
    name: 'leerbudget-trusted-types-policy',
    transform(code, id) {
      if (!/[/\\]lit-html[/\\]/.test(id)) return null;
      bundlesLit = true;
      if (!LIT_POLICY.test(code)) return null;
      renamed = true;
      return { code: code.replace(new RegExp(LIT_POLICY.source, 'g'), `createPolicy("${name}"`), map: null };
    },
    buildEnd() {
      if (bundlesLit && !renamed)
        this.error('Lit\'s Trusted Types policy ("lit-html") was not found; check the Lit version.');
    },
  };
}
