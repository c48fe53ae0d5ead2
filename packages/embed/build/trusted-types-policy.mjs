// Lit creates a Trusted Types policy named "lit-html". A host page with its own Lit, or a CSP that lists
// policies by name, must be able to tell ours apart, so the embed renames it. And two copies of the
// embed (two versions, or one pasted twice from two addresses) must not both create it: a CSP without
// 'allow-duplicates' makes the second createPolicy throw. So the policy is created once per page and
// kept on a global symbol that every copy reads first. The build fails when Lit is bundled but the
// pattern is gone (a Lit upgrade), instead of silently shipping a clashing name.
const LIT_POLICY = /(\w+)\.createPolicy\(\s*(["'`])lit-html\2\s*,\s*(\{[^{}]*\})\s*\)/;

/** A Vite plugin that makes Lit use one shared Trusted Types policy called `name`. */
export function shareTrustedTypesPolicy(name) {
  let bundlesLit = false;
  let replaced = false;
  return {
    name: 'leerbudget-trusted-types-policy',
    transform(code, id) {
      if (!/[/\\]lit-html[/\\]/.test(id)) return null;
      bundlesLit = true;
      if (!LIT_POLICY.test(code)) return null;
      replaced = true;
      const shared = `globalThis[Symbol.for(${JSON.stringify(`${name}.trusted-types-policy`)})]`;
      const replacement = (_, factory, _quote, rules) =>
        `(${shared}??=${factory}.createPolicy(${JSON.stringify(name)},${rules}))`;
      return { code: code.replace(new RegExp(LIT_POLICY.source, 'g'), replacement), map: null };
    },
    buildEnd() {
      if (bundlesLit && !replaced)
        this.error('Lit\'s Trusted Types policy ("lit-html") was not found; check the Lit version.');
    },
  };
}
