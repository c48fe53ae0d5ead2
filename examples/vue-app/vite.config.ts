import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must leave the `lb-` tags to the browser: they are custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lb-') } } })],
});
