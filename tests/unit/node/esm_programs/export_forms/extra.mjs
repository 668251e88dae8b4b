export const e1 = 'e1';
export let e2 = 'e2';
export default class {}
