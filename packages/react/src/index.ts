/**
 * React components for the Leerbudget widgets, made with `@lit/react`: properties are set as
 * properties (not strings), and each widget event has an `onLb…` prop, in React 18 and React 19 alike.
 * Importing this module registers the widgets it wraps.
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  LbBudgetMeter as BudgetMeterElement,
  LbCourseFinder as CourseFinderElement,
  LbLearningPath as LearningPathElement,
  LbTeamBudget as TeamBudgetElement,
  LbBudgetInsights as BudgetInsightsElement,
  type LbBudgetLoadEvent,
  type LbCourseSelectEvent,
  type LbErrorEvent,
  type LbIssueEvent,
  type LbSignInEvent,
  type LbStepSelectEvent,
} from '@leerbudget/elements';
import '@leerbudget/elements/define/budget-meter';
import '@leerbudget/elements/define/course-finder';
import '@leerbudget/elements/define/learning-path';
import '@leerbudget/elements/define/team-budget';
import '@leerbudget/elements/define/budget-insights';

/** The events every widget may dispatch. */
const commonEvents = {
  onLbError: 'lb-error' as EventName<LbErrorEvent>,
  onLbIssue: 'lb-issue' as EventName<LbIssueEvent>,
  onLbSignIn: 'lb-sign-in' as EventName<LbSignInEvent>,
};

/** `<lb-budget-meter>`: the employee's budget. */
export const LbBudgetMeter = createComponent({
  tagName: 'lb-budget-meter',
  elementClass: BudgetMeterElement,
  react: React,
  events: { ...commonEvents, onLbBudgetLoad: 'lb-budget-load' as EventName<LbBudgetLoadEvent> },
  displayName: 'LbBudgetMeter',
});

/** `<lb-course-finder>`: courses and what the budget pays for each. */
export const LbCourseFinder = createComponent({
  tagName: 'lb-course-finder',
  elementClass: CourseFinderElement,
  react: React,
  events: { ...commonEvents, onLbCourseSelect: 'lb-course-select' as EventName<LbCourseSelectEvent> },
  displayName: 'LbCourseFinder',
});

/** `<lb-learning-path>`: a learning route and what it costs. */
export const LbLearningPath = createComponent({
  tagName: 'lb-learning-path',
  elementClass: LearningPathElement,
  react: React,
  events: { ...commonEvents, onLbStepSelect: 'lb-step-select' as EventName<LbStepSelectEvent> },
  displayName: 'LbLearningPath',
});

/** `<lb-team-budget>`: a manager's team, what each person has left and what waits for them. */
export const LbTeamBudget = createComponent({
  tagName: 'lb-team-budget',
  elementClass: TeamBudgetElement,
  react: React,
  events: commonEvents,
  displayName: 'LbTeamBudget',
});

/** `<lb-budget-insights>`: HR's view of the organisation's budgets, in groups of at least five people. */
export const LbBudgetInsights = createComponent({
  tagName: 'lb-budget-insights',
  elementClass: BudgetInsightsElement,
  react: React,
  events: commonEvents,
  displayName: 'LbBudgetInsights',
});

export { configure, clear, refresh, type LeerbudgetConfiguration } from '@leerbudget/elements';
