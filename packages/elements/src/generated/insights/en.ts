
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'insights.available': `Still left`,
'insights.count': `Number`,
'insights.empty': `There are no groups of 5 people or more yet. That is why you see nothing here.`,
'insights.empty.next': `Please look again later. Or ask whoever manages the learning budget for help.`,
'insights.expiring': `Expires`,
'insights.expiring.none': `No money expires in the next 3 months.`,
'insights.expiring.summary': str`${0} expires in the next 3 months, most of it at ${1}: ${2}.`,
'insights.expiring.title': `What expires per month`,
'insights.forbidden': `This overview is for HR only.`,
'insights.forbidden.next': `Do you need it? Ask your HR department.`,
'insights.group-heading': `Group`,
'insights.group.other': `Other (small groups together)`,
'insights.kind.government': `Government`,
'insights.kind.learning-account': `Learning account`,
'insights.kind.personal': `Personal budget`,
'insights.kind.sector-fund': `Sector fund`,
'insights.kind.team': `Team budget`,
'insights.money.most': str`Most money is still left at ${0}: ${1}.`,
'insights.money.summary': str`Of ${0}, ${1} has been spent. That is ${2}.`,
'insights.money.title-department': `Money per department`,
'insights.money.title-kind': `Money per kind of budget`,
'insights.month': `Month`,
'insights.period': str`Period: ${0} up to and including ${1}.`,
'insights.privacy': str`You only see groups of ${0} people or more. Smaller groups are together under Other.`,
'insights.reason.bad-timing': `not the right time`,
'insights.reason.budget-needed-elsewhere': `money needed for something else`,
'insights.reason.not-job-related': `does not fit the work`,
'insights.reason.other': `another reason`,
'insights.reason.too-expensive': `too expensive`,
'insights.reasons.title': `Reasons for declining`,
'insights.requests.declined': str`${0} were declined. The reason chosen most: ${1}.`,
'insights.requests.none': `There were no requests in this period.`,
'insights.requests.summary': str`There were ${0} requests. ${1} of them are completed.`,
'insights.requests.title': `Requests and reasons for declining`,
'insights.reserved': `Reserved`,
'insights.show-table': `See the numbers in a table`,
'insights.spending.busiest': str`Most was spent in ${0}: ${1}.`,
'insights.spending.summary': str`In the last ${0} months, ${1} has been spent.`,
'insights.spending.title': `Spending per month`,
'insights.spent': `Spent`,
'insights.status.approved': `Approved`,
'insights.status.cancelled': `Withdrawn`,
'insights.status.completed': `Completed`,
'insights.status.declined': `Declined`,
'insights.status.expired': `Expired without a decision`,
'insights.status.submitted': `Waiting for a decision`,
'insights.title': `Learning budget in the organisation`,
    };
