
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'team.empty': `There is nobody in your team yet.`,
'team.empty.next': `Ask HR to set up your team.`,
'team.expiring-soon': str`${0} expires within 90 days. Help your team use it in time.`,
'team.forbidden': `This overview is for managers only.`,
'team.forbidden.next': `Do you think this is wrong? Ask HR.`,
'team.hours': `Hours left`,
'team.last-day': str`${0} can be used up to and including ${1}`,
'team.money': `Money left`,
'team.next-expiry': `Expires first`,
'team.no-expiry': `Nothing within 90 days`,
'team.none-waiting': `No requests`,
'team.open-requests': `Requests`,
'team.pot-left': str`${0} of ${1} left`,
'team.pots-note': `This money is for the whole team. It belongs to nobody personally.`,
'team.pots-title': `Team budget you manage`,
'team.route': `Learning route`,
'team.route-steps': str`${0} of ${1} steps done`,
'team.sort-label': `Sort by`,
'team.sort.available': `Most budget left`,
'team.sort.expiry': `Expires first`,
'team.sort.name': `Name`,
'team.sorted': str`Sorted by: ${0}.`,
'team.summary': str`Your team has ${0} left in total. The team has ${1} people.`,
'team.title': `Your team's learning budget`,
'team.to-approvals': `See the requests`,
'team.waiting-many': str`${0} requests are waiting for you`,
'team.waiting-one': `1 request is waiting for you`,
    };
