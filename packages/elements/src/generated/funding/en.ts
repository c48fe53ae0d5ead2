
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'funding.course-rule-step': `This budget only pays certain courses. This step is not one of them.`,
'funding.course-too-short': `This course is too short for this budget.`,
'funding.course-too-short-named': str`This budget pays for courses of at least ${0}. This course takes ${1}.`,
'funding.credential-not-recognised': `This budget only pays for courses with a recognised diploma or certificate. This course has none.`,
'funding.exhausted': `This budget is used up.`,
'funding.expired': `This budget has expired.`,
'funding.expired-before-start': str`You can use this budget up to and including ${0}. The course starts later.`,
'funding.expired-on': str`This budget has expired. The last day was ${0}.`,
'funding.funding-tag-missing': `This budget only pays for courses on a fixed list. This course is not on it.`,
'funding.hours.from-work': str`${0} gives you ${1} to learn during work time.`,
'funding.hours.own-time': str`You learn ${0} in your own time.`,
'funding.no-share': `This budget pays nothing of the price of this course.`,
'funding.no-share-hours': `This budget gives no hours for this course.`,
'funding.not-in-catalogue': `This budget only pays for courses on your employer's own list. This course is not on it.`,
'funding.not-yet-valid': `You cannot use this budget yet.`,
'funding.nothing-left': `There is nothing left to pay for this course.`,
'funding.nothing-left-hours': `No more hours are needed for this course.`,
'funding.other': `This budget does not pay for this course.`,
'funding.other-currency': `This budget is in another currency than the price. So it does not pay.`,
'funding.other-currency-named': str`The price is in ${0}. This budget is in ${1}.`,
'funding.provider-not-certified': `This budget only pays providers with a quality mark. This provider has none.`,
'funding.provider-not-certified-step': `This budget only pays providers with a quality mark. This step has no provider.`,
'funding.provider-not-eligible': `This budget only pays with certain providers. This provider is not one of them.`,
'funding.provider-not-eligible-step': `This budget only pays certain providers. This step has no provider.`,
'funding.topic-not-covered': `This budget only pays for courses on certain topics. This course is not one of them.`,
'funding.valid-from': str`You can use this budget from ${0}.`,
'funding.valid-from-after-start': str`You can use this budget from ${0}. The course starts before that.`,
    };
