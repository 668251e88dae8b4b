function timeout(ms) { return new Promise((_, rej) => queueMicrotask(() => rej(new Error('timeout ' + ms)))); }
Promise.race([new Promise(() => {}), timeout(1)]).catch(e => console.log(e.message));
Promise.allSettled([timeout(2), Promise.resolve('ok')]).then(rs => rs.forEach(r => console.log(r.status, r.value ?? r.reason.message)));
