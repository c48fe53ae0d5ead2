/**
 * Registers `<lb-learning-path>`. Import it once: `import '@leerbudget/elements/define/learning-path';`
 * @module
 */
import { LbLearningPath } from '../components/learning-path/learning-path.component.js';

LbLearningPath.define('lb-learning-path');

declare global {
  interface HTMLElementTagNameMap {
    'lb-learning-path': LbLearningPath;
  }
}
