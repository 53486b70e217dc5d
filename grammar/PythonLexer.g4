/*
 * Python 3.11 tokens. Indentation (INDENT/DEDENT), implicit line joining inside brackets, blank and
 * comment-only lines are handled by the superclass PythonLexerBase (C#), so this file stays free of
 * target-language code. Strings, f-strings included, are whole STRING tokens as in CPython 3.11; the
 * AST builder decodes them and parses the replacement fields of f-strings.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// ---- keywords (hard) ----
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---- soft keywords: tokens of their own, the parser accepts them wherever a name is allowed ----
MATCH    : 'match';
CASE     : 'case';

// ---- literals ----
STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING);

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER;

// ---- operators and delimiters ----
LPAR       : '(';
RPAR       : ')';
LSQB       : '[';
RSQB       : ']';
LBRACE     : '{';
RBRACE     : '}';
COMMA      : ',';
COLON      : ':';
SEMI       : ';';
ELLIPSIS   : '...';
DOT        : '.';
COLONEQUAL : ':=';
RARROW     : '->';
PLUS       : '+';
MINUS      : '-';
DOUBLESTAR : '**';
STAR       : '*';
DOUBLESLASH: '//';
SLASH      : '/';
PERCENT    : '%';
AT         : '@';
VBAR       : '|';
AMPER      : '&';
CIRCUMFLEX : '^';
TILDE      : '~';
LEFTSHIFT  : '<<';
RIGHTSHIFT : '>>';
EQEQUAL    : '==';
NOTEQUAL   : '!=';
LESSEQUAL  : '<=';
GREATEREQUAL : '>=';
LESS       : '<';
GREATER    : '>';
EQUAL      : '=';
PLUSEQUAL  : '+=';
MINEQUAL   : '-=';
STAREQUAL  : '*=';
SLASHEQUAL : '/=';
DOUBLESLASHEQUAL : '//=';
PERCENTEQUAL : '%=';
DOUBLESTAREQUAL : '**=';
ATEQUAL    : '@=';
VBAREQUAL  : '|=';
AMPEREQUAL : '&=';
CIRCUMFLEXEQUAL : '^=';
LEFTSHIFTEQUAL : '<<=';
RIGHTSHIFTEQUAL : '>>=';

NAME : ID_START ID_CONTINUE*;

// A physical line break; the base class turns it into a logical NEWLINE or drops it.
NEWLINE : '\r\n' | '\r' | '\n';

// A backslash at the end of a line joins it with the next one.
LINE_CONTINUATION : '\\' ('\r\n' | '\r' | '\n') -> skip;

WS      : [ \t\f]+ -> skip;
// Comments go to the hidden channel: the base class keeps them (with their spans) for the emitter
// and never hands them to the parser.
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);

// Anything else is a single bad character; the base class reports it.
ERROR_CHAR : .;

// ---- fragments ----
fragment STRING_PREFIX : [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;

// A backslash keeps the next character (a line break included) inside the literal.
fragment STRING_ESCAPE : '\\' ('\r\n' | .);

fragment INTEGER : DEC_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER;
fragment DEC_INTEGER : NON_ZERO_DIGIT ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment OCT_INTEGER : '0' [oO] ('_'? [0-7])+;
fragment HEX_INTEGER : '0' [xX] ('_'? [0-9a-fA-F])+;
fragment BIN_INTEGER : '0' [bB] ('_'? [01])+;

fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT : DIGIT_PART? FRACTION | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) EXPONENT;
fragment DIGIT_PART : DIGIT ('_'? DIGIT)*;
fragment FRACTION : '.' DIGIT_PART;
fragment EXPONENT : [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER : (FLOAT_NUMBER | DIGIT_PART) [jJ];

fragment NON_ZERO_DIGIT : [1-9];
fragment DIGIT : [0-9];

// The lexer reads UTF-16 code units (so offsets are string indices); a character outside the BMP is a
// surrogate pair, accepted in names as a whole.
fragment ID_START : [_\p{L}\p{Nl}] | SURROGATE_PAIR;
fragment ID_CONTINUE : [_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00B7] | SURROGATE_PAIR;
fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF];
