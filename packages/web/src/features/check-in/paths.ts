export const CHECK_IN_PATH = '/check-in';
export const PLAN_PATH = '/check-in/plan';
export const REFERRAL_PATH = '/check-in/referral';
export const stepHref = (n: number): string => `${CHECK_IN_PATH}?step=${n}`;
