// A symbol stored into process.env throws V8's TypeError, located at the assignment.
process.env[Symbol('k')] = 'v';
