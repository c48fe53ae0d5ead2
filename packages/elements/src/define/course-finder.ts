/**
 * Registers `<lb-course-finder>`. Import it once: `import '@leerbudget/elements/define/course-finder';`
 * @module
 */
import { LbCourseFinder } from '../components/course-finder/course-finder.component.js';

LbCourseFinder.define('lb-course-finder');

declare global {
  interface HTMLElementTagNameMap {
    'lb-course-finder': LbCourseFinder;
  }
}
