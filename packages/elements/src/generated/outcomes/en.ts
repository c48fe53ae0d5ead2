
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'outcomes.credential': str`You get a ${0} from ${1}.`,
'outcomes.kind.badge': `digital badge`,
'outcomes.kind.certificate': `certificate`,
'outcomes.kind.diploma': `diploma`,
'outcomes.kind.other': `proof of completion`,
'outcomes.level': str`Level ${0}: ${1}`,
'outcomes.nlqf-1': `MBO level 1 (entry)`,
'outcomes.nlqf-2': `MBO level 2`,
'outcomes.nlqf-3': `MBO level 3`,
'outcomes.nlqf-4': `MBO level 4`,
'outcomes.nlqf-5': `associate degree (2 years of higher education)`,
'outcomes.nlqf-6': `bachelor's degree`,
'outcomes.nlqf-7': `master's degree`,
'outcomes.nlqf-8': `doctorate (PhD)`,
'outcomes.recognised': `Recognised.`,
'outcomes.recognised-in': str`Recognised (${0}).`,
'outcomes.skills': `You learn:`,
    };
