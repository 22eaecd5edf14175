//! Python 2.7's text forms of values that both the front end (`ast.dump`) and the runtime print:
//! `repr` of str, unicode, float, complex and long. STUB: to be written.
