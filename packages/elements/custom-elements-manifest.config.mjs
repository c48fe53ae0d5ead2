// The manifest describes what npm users get: module paths point at the shipped dist/*.js files (the
// analyzer reads src/*.ts), and only public attributes are listed (Lit's `state: true` properties are
// internal state, not attributes an author may set). From the manifest it also writes what editors and
// JSX users read: VS Code custom data, JetBrains web-types and JSX types (dist/, see the README).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

const shippedPath = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function publicOnly(declaration) {
  const privateFields = new Set(
    (declaration.members ?? [])
      .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
      .map((member) => member.name),
  );
  if (declaration.attributes) {
    declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
  }
  for (const member of declaration.members ?? []) {
    if (privateFields.has(member.name)) delete member.attribute;
  }
}

function rewriteReferences(node) {
  if (Array.isArray(node)) return node.forEach(rewriteReferences);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value);
    else rewriteReferences(value);
  }
}

export default {
  globs: [
    'src/components/**/*.component.ts',
    'src/components/request-shared/request-list.ts',
    'src/base/lb-element.ts',
  ],
  litelement: true,
  plugins: [
    {
      name: 'leerbudget-shipped-manifest',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) publicOnly(declaration);
        }
        rewriteReferences(customElementsManifest.modules);
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', packageJson: false, hideLogs: true }),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
