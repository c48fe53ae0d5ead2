
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'path.choose': `Choose a learning route`,
'path.choose-course': `Choose a course together with your manager.`,
'path.cost.approval': `Ask for approval first.`,
'path.cost.approval-by': str`Ask ${0} for approval first.`,
'path.cost.hours-advice': `Agree with your manager when you learn these hours.`,
'path.cost.hours-needed': `Time you still need`,
'path.cost.hours-uncovered': `Hours no budget pays for`,
'path.cost.loading': `We are working out the costs.`,
'path.cost.no-courses': `There are no more courses to pay for in this route.`,
'path.cost.own': `You pay yourself`,
'path.cost.pot-pays': str`${0} pays`,
'path.cost.pot-pays-amount': str`${0} pays ${1}.`,
'path.cost.price-unknown': `The price is not known.`,
'path.cost.some-unknown': `We do not know the price of one or more courses. They are not counted.`,
'path.cost.step': str`Price: ${0}, including VAT.`,
'path.cost.step-excl-vat': str`Price: ${0}, excluding VAT.`,
'path.cost.step-own': str`You pay ${0}.`,
'path.cost.title': `What does this route cost?`,
'path.cost.total': `Price of the route`,
'path.due': str`Finish by ${0} at the latest`,
'path.empty': `You do not have a learning route yet.`,
'path.empty.next': `Make one together with your manager.`,
'path.finished': `You have done all the steps. Well done!`,
'path.goal': str`Goal: ${0}`,
'path.kind.assessment': `Assessment`,
'path.kind.coaching': `Coaching`,
'path.kind.course': `Course`,
'path.kind.event': `Event`,
'path.kind.other': `Other step`,
'path.kind.reading': `Reading`,
'path.kind.workplace': `Learning at work`,
'path.mark-done': `Mark as done`,
'path.marked-done': str`Done: ${0}.`,
'path.next-step': str`Next step: ${0}`,
'path.not-found': `We cannot find this learning route.`,
'path.not-found.next': `Ask your manager or HR for help.`,
'path.outcomes': `What this route gives you`,
'path.overdue': str`Late. This was due on ${0}.`,
'path.overdue.next': `Agree on a new date with your manager.`,
'path.owner.hr': `HR set this route.`,
'path.owner.manager': `Your manager set this route.`,
'path.owner.self': `You set this route yourself.`,
'path.progress': str`${0} of ${1} steps done. ${2} of ${3} hours done.`,
'path.progress-label': `Progress`,
'path.status.done': `Done`,
'path.status.in-progress': `In progress`,
'path.status.other': `Status unknown`,
'path.status.todo': `To do`,
'path.steps': `All steps`,
'path.title': `Your learning route`,
'path.view-course': `View the course`,
'path.what-to-do': `Agree with your manager how and when you do this.`,
    };
