// Few interpreter steps, each one scanning 50 MB: the wall clock must still be checked.
const text = 'x'.repeat(5e7);
while (true) text.indexOf('y');
