// 100,000 rejected promises, each handled later in reverse order: O(1) per handler.
const ps = []; for (let i = 0; i < 100000; i++) ps.push(Promise.reject(i));
for (let i = ps.length - 1; i >= 0; i--) ps[i].catch(() => {});
setTimeout(() => console.log('ok'), 0);
