/**
 * Registers every Leerbudget element: `import '@leerbudget/elements/define/all';`
 * @module
 */
import './budget-meter.js';
import './course-finder.js';
import './learning-path.js';
import './my-requests.js';
import './approvals.js';
import './request-dialog.js';
import './team-budget.js';
import './budget-insights.js';
