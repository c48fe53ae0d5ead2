import { str } from '@lit/localize';
import { createMsg } from '../../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../../generated/path/en.js') });

/** The learning path's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const pathMessages = {
  title: () => msg('Je leerroute', { id: 'path.title' }),
  choose: () => msg('Kies een leerroute', { id: 'path.choose' }),
  goal: (goal: string) => msg(str`Doel: ${goal}`, { id: 'path.goal' }),
  ownerSelf: () => msg('Je hebt deze route zelf gemaakt.', { id: 'path.owner.self' }),
  ownerManager: () => msg('Je leidinggevende heeft deze route gemaakt.', { id: 'path.owner.manager' }),
  ownerHr: () => msg('HR heeft deze route gemaakt.', { id: 'path.owner.hr' }),
  progressLabel: () => msg('Voortgang', { id: 'path.progress-label' }),
  progress: (done: string, total: string, hoursDone: string, hoursTotal: string) =>
    msg(str`${done} van ${total} stappen klaar. ${hoursDone} van ${hoursTotal} uur gedaan.`, { id: 'path.progress' }),
  next: (title: string) => msg(str`Volgende stap: ${title}`, { id: 'path.next-step' }),
  finished: () => msg('Je hebt alle stappen gedaan. Goed gedaan!', { id: 'path.finished' }),
  whatToDo: () => msg('Spreek met je leidinggevende af hoe en wanneer je dit doet.', { id: 'path.what-to-do' }),
  chooseCourse: () => msg('Kies samen met je leidinggevende een cursus.', { id: 'path.choose-course' }),
  viewCourse: () => msg('Bekijk de cursus', { id: 'path.view-course' }),
  steps: () => msg('Alle stappen', { id: 'path.steps' }),
  markDone: () => msg('Markeer als gedaan', { id: 'path.mark-done' }),
  markedDone: (title: string) => msg(str`Klaar: ${title}.`, { id: 'path.marked-done' }),
  notSelfCompletable: () =>
    msg('Deze stap kun je niet zelf op klaar zetten. Vraag HR om hulp.', { id: 'path.not-self-completable' }),
  due: (date: string) => msg(str`Uiterlijk klaar op ${date}`, { id: 'path.due' }),
  overdue: (date: string) => msg(str`Te laat. Dit moest af op ${date}.`, { id: 'path.overdue' }),
  overdueNext: () => msg('Spreek met je leidinggevende een nieuwe datum af.', { id: 'path.overdue.next' }),
  outcomes: () => msg('Dit levert de route je op', { id: 'path.outcomes' }),
  statusDone: () => msg('Klaar', { id: 'path.status.done' }),
  statusInProgress: () => msg('Bezig', { id: 'path.status.in-progress' }),
  statusTodo: () => msg('Nog doen', { id: 'path.status.todo' }),
  statusOther: () => msg('Status onbekend', { id: 'path.status.other' }),
  kindCourse: () => msg('Cursus', { id: 'path.kind.course' }),
  kindWorkplace: () => msg('Leren op het werk', { id: 'path.kind.workplace' }),
  kindCoaching: () => msg('Coaching', { id: 'path.kind.coaching' }),
  kindAssessment: () => msg('Toets', { id: 'path.kind.assessment' }),
  kindReading: () => msg('Lezen', { id: 'path.kind.reading' }),
  kindEvent: () => msg('Bijeenkomst', { id: 'path.kind.event' }),
  kindOther: () => msg('Andere stap', { id: 'path.kind.other' }),
  costTitle: () => msg('Wat kost deze route?', { id: 'path.cost.title' }),
  costLoading: () => msg('We rekenen de kosten uit.', { id: 'path.cost.loading' }),
  costTotal: () => msg('Prijs van de route', { id: 'path.cost.total' }),
  potPays: (pot: string) => msg(str`${pot} betaalt`, { id: 'path.cost.pot-pays' }),
  potPaysAmount: (pot: string, amount: string) =>
    msg(str`${pot} betaalt ${amount}.`, { id: 'path.cost.pot-pays-amount' }),
  own: () => msg('Dit betaal je zelf', { id: 'path.cost.own' }),
  stepPriceInclVat: (price: string) => msg(str`Prijs: ${price}, met btw.`, { id: 'path.cost.step' }),
  stepPriceExclVat: (price: string) => msg(str`Prijs: ${price}, zonder btw.`, { id: 'path.cost.step-excl-vat' }),
  stepOwn: (own: string) => msg(str`Jij betaalt ${own}.`, { id: 'path.cost.step-own' }),
  approval: () => msg('Vraag eerst toestemming.', { id: 'path.cost.approval' }),
  approvalBy: (approver: string) => msg(str`Vraag eerst toestemming aan ${approver}.`, { id: 'path.cost.approval-by' }),
  priceUnknown: () => msg('De prijs is niet bekend.', { id: 'path.cost.price-unknown' }),
  somePricesUnknown: () =>
    msg('Van een of meer cursussen weten we de prijs niet. Die tellen niet mee.', { id: 'path.cost.some-unknown' }),
  noCourses: () => msg('In deze route zitten geen cursussen meer om te betalen.', { id: 'path.cost.no-courses' }),
  hoursNeeded: () => msg('Tijd die je nog nodig hebt', { id: 'path.cost.hours-needed' }),
  hoursUncovered: () => msg('Uren die geen budget betaalt', { id: 'path.cost.hours-uncovered' }),
  hoursAdvice: () =>
    msg('Spreek met je leidinggevende af wanneer je deze uren leert.', { id: 'path.cost.hours-advice' }),
  empty: () => msg('Je hebt nog geen leerroute.', { id: 'path.empty' }),
  emptyNext: () => msg('Maak er samen met je leidinggevende een.', { id: 'path.empty.next' }),
  notFound: () => msg('We kunnen deze leerroute niet vinden.', { id: 'path.not-found' }),
  notFoundNext: () => msg('Vraag je leidinggevende of HR om hulp.', { id: 'path.not-found.next' }),
};
