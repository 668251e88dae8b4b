console.log('dep evaluates once');
export const value = 7;
export default 'dep default';
