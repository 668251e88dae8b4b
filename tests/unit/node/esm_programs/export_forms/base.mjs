export const base = 'base';
export const twice = (n) => n * 2;
export default 'base default';
