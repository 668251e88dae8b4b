console.log(['a very long string that goes on and on', 'another long string here', 'third item string']);
console.log({ description: 'This is a rather long description string that should exceed the width', id: 1 });
console.log('x'.repeat(100));
console.log(['short', 'also short', 'a bit longer', 'x', 'y', 'z', 'w', 'v']);
