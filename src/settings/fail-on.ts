export const FAIL_ON = ['contradict', 'update', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
