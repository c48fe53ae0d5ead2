
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'meter.also-hours': str`You also have ${0} of learning time.`,
'meter.available': `Left`,
'meter.carried-until': str`Carried over from last year. Use it up to and including ${0}.`,
'meter.carry-over': str`${0} moves on to next year, until ${1}.`,
'meter.carry-over-no-end': str`${0} moves on to next year.`,
'meter.empty': `You have no learning budget right now.`,
'meter.empty.next': `Ask your manager what is possible.`,
'meter.expired-on': str`Expired. The last day was ${0}.`,
'meter.expires-on': str`Note: you can use ${0} up to and including ${1}.`,
'meter.find-course': `Find a course`,
'meter.funder': str`Money from ${0}`,
'meter.funder-hours': str`Hours from ${0}`,
'meter.held-one-request': str`${0} reserved for 1 request`,
'meter.held-requests': str`${0} reserved for ${1} requests`,
'meter.later': str`${0} comes on ${1}.`,
'meter.left': str`${0} left`,
'meter.money-title': `Money for learning`,
'meter.no-expiry': `This budget has no end date.`,
'meter.nudge-link': `Find courses you can still pay for with it`,
'meter.of-total': str`of ${0}`,
'meter.reserved': `Requested`,
'meter.rule.approval': `Ask for approval first.`,
'meter.rule.approval-by': str`Ask ${0} for approval first.`,
'meter.rule.certified': `Only for providers with a quality mark.`,
'meter.rule.courses': `Only courses from your employer's own list.`,
'meter.rule.coverage': str`This budget pays ${0} of the price.`,
'meter.rule.funding-tags': str`Only for courses with ${0}.`,
'meter.rule.max': str`You get at most ${0} per course.`,
'meter.rule.min-hours': str`The course takes at least ${0}.`,
'meter.rule.pro-rata': str`You work ${0} of ${1} hours. That is why this is ${2} instead of ${3}.`,
'meter.rule.providers': `Only with providers your employer chose.`,
'meter.rule.topics': str`Only for courses on ${0}.`,
'meter.spent': `Used`,
'meter.team-note': `This money is for your team. It is not part of your own learning budget.`,
'meter.team-title': `Team budget you manage`,
'meter.time-title': `Learning time`,
'meter.title': `Your learning budget`,
'meter.valid-from': str`You can use it from ${0}.`,
'meter.valid-until': str`Use it up to and including ${0}.`,
'meter.value-text': str`${0} of ${1} left.`,
'meter.value-text-part-until': str`You can use ${0} of it up to and including ${1}.`,
'meter.value-text-until': str`You can use it up to and including ${0}.`,
    };
