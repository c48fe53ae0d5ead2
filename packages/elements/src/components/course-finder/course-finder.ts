import { LbCourseFinder } from './course-finder.component.js';

export { LbCourseFinder } from './course-finder.component.js';

LbCourseFinder.define('lb-course-finder');

declare global {
  interface HTMLElementTagNameMap {
    'lb-course-finder': LbCourseFinder;
  }
}
