console.log('fast');
Promise.resolve().then(() => console.log('fast promise'));
process.nextTick(() => console.log('fast tick'));
