// Few interpreter steps, each one scanning 50 MB: the step limit counts that native work.
const text = 'x'.repeat(5e7);
while (true) text.indexOf('y');
