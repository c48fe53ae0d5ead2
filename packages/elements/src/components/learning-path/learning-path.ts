import { LbLearningPath } from './learning-path.component.js';

export { LbLearningPath } from './learning-path.component.js';
export type { LearningPathVariant } from './learning-path.component.js';
export { LbStepSelectEvent, type LbStepSelectDetail } from '../../events/step-select-event.js';

LbLearningPath.define('lb-learning-path');

declare global {
  interface HTMLElementTagNameMap {
    'lb-learning-path': LbLearningPath;
  }
}
