const delay = (v, fail) => new Promise((res, rej) => queueMicrotask(() => (fail ? rej(v) : res(v))));
Promise.all([1, delay(2), Promise.resolve(3)]).then(v => console.log('all', v));
Promise.all([delay('x', true), delay(2)]).catch(e => console.log('all rejected', e));
Promise.allSettled([delay(1), delay('no', true), 3]).then(r => console.log('allSettled', r));
Promise.race([delay('slow'), 'fast']).then(v => console.log('race', v));
Promise.any([delay('a', true), delay('b')]).then(v => console.log('any', v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log(e.constructor.name, e.message, e.errors));
Promise.any([]).catch(e => console.log('any empty', e.message));
