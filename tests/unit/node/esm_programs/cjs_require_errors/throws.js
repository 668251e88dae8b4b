global.throwRuns = (global.throwRuns || 0) + 1;
throw new Error('module failed ' + global.throwRuns);
