
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'error.configuration': `This widget is not set up correctly yet.`,
'error.configuration.next': `Please tell the intranet administrator.`,
'error.forbidden': `You do not have access to these details.`,
'error.forbidden.next': `Do you think this is wrong? Ask HR.`,
'error.generic': `Loading does not work right now.`,
'error.generic.next': `Please try again later. Still not working? Tell HR.`,
'error.invalid-data': `Something is wrong in the details.`,
'error.invalid-data.next': `Please tell HR. They can fix it.`,
'error.offline': `You are offline.`,
'error.offline.next': `Check your internet. Then we load your details by ourselves.`,
'error.server-down': `The learning budget is not working right now. It is not your fault.`,
'error.server-down.next': `Please try again in a few minutes.`,
'error.sign-in': `You are no longer signed in.`,
'error.sign-in.next': `Sign in again. Then you see your details again.`,
'error.timeout': `Loading takes too long.`,
'error.timeout.next': `Please try again in a moment.`,
'error.unreachable': `We cannot reach the learning budget right now.`,
'error.unreachable.next': `Please try again in a few minutes. Still not working? Tell HR.`,
'label.badge.other': `Other scheme`,
'label.badge.sector': str`Sector fund ${0}`,
'label.badge.sector-hint': `Do you work in this sector? Then the fund may pay part of it.`,
'label.badge.stap': `Subsidy possible`,
'label.badge.stap-hint': `The government may pay part of this course.`,
'label.role.hr': `HR`,
'label.role.manager': `your manager`,
'label.role.other': `the person who approves this`,
'label.role.team-lead': `your team leader`,
'label.tag.other': `another scheme`,
'label.tag.sector': str`money from sector fund ${0}`,
'label.tag.stap': `a government grant`,
'request-action.approved-at-once': `Your request is approved. You do not have to wait for a decision.`,
'request-action.hr': `HR`,
'request-action.open': `Request`,
'request-action.submitted': str`Your request is with ${0}.`,
'request-action.your-manager': `your manager`,
'state.loading': `One moment. We are getting your details.`,
'state.offline': `You are offline. You see the details from last time.`,
'state.retry': `Try again`,
'state.sign-in': `Sign in`,
'state.updated-at': str`Updated at ${0}.`,
'state.updated-on': str`Updated on ${0} at ${1}.`,
    };
  