// Catastrophic backtracking: V8 would run for hours; a limit stops the run at the match.
console.log('start');
console.log(/^(a+)+$/.test('a'.repeat(40) + '!'));
