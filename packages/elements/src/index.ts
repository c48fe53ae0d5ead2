/**
 * Leerbudget web components. This module registers nothing: import
 * `@leerbudget/elements/define/budget-meter` (or `define/all`) to register elements. The classes,
 * `configure`, the events and the foundations below are what pages and new widgets build on (see the
 * package README).
 * @packageDocumentation
 */
export { LbBudgetMeter, type BudgetMeterVariant } from './components/budget-meter/budget-meter.component.js';
export { LbBudgetLoadEvent, type LbBudgetLoadDetail } from './events/budget-load-event.js';
export { LbCourseFinder } from './components/course-finder/course-finder.component.js';
export { LbLearningPath, type LearningPathVariant } from './components/learning-path/learning-path.component.js';
export { LbStepSelectEvent, type LbStepSelectDetail } from './events/step-select-event.js';
export { LbMyRequests } from './components/my-requests/my-requests.component.js';
export { LbApprovals } from './components/approvals/approvals.component.js';
export { LbRequestDialog, type RequestDialogOptions } from './components/request-dialog/request-dialog.component.js';
export { LbRequestSubmitEvent, type LbRequestSubmitDetail } from './events/request-submit-event.js';
export { LbRequestCancelEvent, type LbRequestCancelDetail } from './events/request-cancel-event.js';
export { LbRequestDecisionEvent, type LbRequestDecisionDetail } from './events/request-decision-event.js';
export { LbTeamBudget } from './components/team-budget/team-budget.component.js';
export { LbBudgetInsights, type InsightsGrouping } from './components/budget-insights/budget-insights.component.js';

export { LbElement } from './base/lb-element.js';
export { defineElement, warnAboutOtherVersion, type VersionedElementConstructor } from './base/define-element.js';
export { VERSION } from './base/version.js';

export { configure } from './data/configure.js';
export { clear, refresh } from './data/page-session.js';
export {
  currentConfiguration,
  onConfigurationChange,
  CACHE_MODES,
  type CacheMode,
  type ConfigurationChange,
  type LeerbudgetConfiguration,
} from './data/configuration.js';
// Thrown by the widgets; the class lives in the SDK's error family.
export { ConfigurationError } from '@leerbudget/sdk';
export { sharedClient, type ClientSettings } from './data/shared-client.js';
export {
  ResourceController,
  type ResourceFailure,
  type ResourceHost,
  type ResourceState,
  type ResourceWatcher,
} from './data/resource-controller.js';

export { LbEvent } from './events/lb-event.js';
export { LbErrorEvent, type LbErrorDetail } from './events/error-event.js';
export { LbSignInEvent, type LbSignInDetail } from './events/sign-in-event.js';
export { LbIssueEvent } from './events/issue-event.js';
export { LbCourseSelectEvent, type LbCourseSelectDetail } from './events/course-select-event.js';

export {
  DEFAULT_LOCALE,
  localeFromTag,
  resolveElementLocale,
  declaredLocale,
  type Locale,
} from './localization/locale.js';
export { inLocale, msg, createMsg, activeMessageLocale, type LbMsg, type LbMsgOptions } from './localization/msg.js';
export { loadLocale, type TranslationImport } from './localization/translations.js';

export {
  formatAlternatives,
  formatAmount,
  formatDate,
  formatHours,
  formatList,
  formatMoney,
  formatPercent,
  formatTime,
} from './formatting/intl-format.js';
export { approverLabel, fundingTagBadge, fundingTagName, type FundingTagBadge } from './labels/data-labels.js';

export {
  renderEmpty,
  renderError,
  renderFreshness,
  renderLoading,
  renderSideNotice,
  renderStaleNotice,
  type StaleNoticeOptions,
} from './states/status-views.js';
export {
  errorMessage,
  errorParts,
  signInLabel,
  type ErrorAction,
  type ErrorParts,
  loadingMessage,
  offlineMessage,
  retryLabel,
  updatedAtMessage,
  updatedOnMessage,
} from './states/status-messages.js';
export { statusStyles } from './states/status-styles.js';
export { hostStyles, tokens } from './theme/tokens.js';
export { sharedStyles } from './theme/shared-styles.js';
export { fillWidth } from './rendering/fill-width.js';
export { safeApiBase, safeLinkHref } from './security/safe-link.js';
export { warnOnce } from './base/warn-once.js';
