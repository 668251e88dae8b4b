// The limit stops a run that cannot finish, however the program guards the match.
try {
  /^(\w+\s?)+$/.test('hello world '.repeat(5) + '!');
} catch (e) {
  console.log('caught', e);
}
