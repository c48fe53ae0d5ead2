/**
 * Registers every Leerbudget element: `import '@leerbudget/elements/define/all';`
 * @module
 */
import './budget-meter.js';
import './course-finder.js';
import './learning-path.js';
import './team-budget.js';
import './budget-insights.js';
