Promise.resolve('passes').then(42).then(null).then(v => console.log('value', v));
Promise.reject('rej').then(v => v).catch(undefined).then(null, r => console.log('reason', r));
