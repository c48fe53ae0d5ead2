/**
 * React components for the Leerbudget widgets, made with `@lit/react`: properties are set as
 * properties (not strings), and each widget event has an `onLb…` prop, in React 18 and React 19 alike.
 * Importing this module registers the widgets it wraps.
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import {
  LbApprovals as ApprovalsElement,
  LbBudgetInsights as BudgetInsightsElement,
  LbBudgetMeter as BudgetMeterElement,
  LbCourseFinder as CourseFinderElement,
  LbLearningPath as LearningPathElement,
  LbMyRequests as MyRequestsElement,
  LbTeamBudget as TeamBudgetElement,
  type LbBudgetLoadEvent,
  type LbCourseSelectEvent,
  type LbErrorEvent,
  type LbIssueEvent,
  type LbRequestCancelEvent,
  type LbRequestDecisionEvent,
  type LbSignInEvent,
  type LbStepSelectEvent,
} from '@leerbudget/elements';
import '@leerbudget/elements/define/approvals';
import '@leerbudget/elements/define/budget-insights';
import '@leerbudget/elements/define/budget-meter';
import '@leerbudget/elements/define/course-finder';
import '@leerbudget/elements/define/learning-path';
import '@leerbudget/elements/define/my-requests';
import '@leerbudget/elements/define/team-budget';

/** The events every widget may dispatch. */
const commonEvents = {
  onLbError: 'lb-error' as EventName<LbErrorEvent>,
  onLbIssue: 'lb-issue' as EventName<LbIssueEvent>,
  onLbSignIn: 'lb-sign-in' as EventName<LbSignInEvent>,
};

/** One widget as a React component: the common events plus its own, named `onLb…` after the event. */
function widget<I extends HTMLElement, E extends Record<string, EventName> = Record<never, EventName>>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
  events?: E,
): ReactWebComponent<I, typeof commonEvents & E> {
  return createComponent({
    tagName,
    elementClass,
    react: React,
    events: { ...commonEvents, ...events } as typeof commonEvents & E,
    displayName,
  });
}

/** `<lb-budget-meter>`: the employee's budget. */
export const LbBudgetMeter = widget('lb-budget-meter', BudgetMeterElement, 'LbBudgetMeter', {
  onLbBudgetLoad: 'lb-budget-load' as EventName<LbBudgetLoadEvent>,
});

/** `<lb-course-finder>`: courses and what the budget pays for each. */
export const LbCourseFinder = widget('lb-course-finder', CourseFinderElement, 'LbCourseFinder', {
  onLbCourseSelect: 'lb-course-select' as EventName<LbCourseSelectEvent>,
});

/** `<lb-learning-path>`: a learning route and what it costs. */
export const LbLearningPath = widget('lb-learning-path', LearningPathElement, 'LbLearningPath', {
  onLbStepSelect: 'lb-step-select' as EventName<LbStepSelectEvent>,
});

/** `<lb-my-requests>`: the employee's course requests and where each one stands. */
export const LbMyRequests = widget('lb-my-requests', MyRequestsElement, 'LbMyRequests', {
  onLbRequestCancel: 'lb-request-cancel' as EventName<LbRequestCancelEvent>,
});

/** `<lb-approvals>`: the requests waiting for this approver's decision. */
export const LbApprovals = widget('lb-approvals', ApprovalsElement, 'LbApprovals', {
  onLbRequestDecision: 'lb-request-decision' as EventName<LbRequestDecisionEvent>,
});

/** `<lb-team-budget>`: a manager's team, what each person has left and what waits for them. */
export const LbTeamBudget = widget('lb-team-budget', TeamBudgetElement, 'LbTeamBudget');

/** `<lb-budget-insights>`: HR's view of the organisation's budgets, in groups of at least five people. */
export const LbBudgetInsights = widget('lb-budget-insights', BudgetInsightsElement, 'LbBudgetInsights');

export { configure, clear, refresh, type LeerbudgetConfiguration } from '@leerbudget/elements';
